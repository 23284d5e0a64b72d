package io.proofline.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.project.Project;
import io.proofline.review.MailLanguage;
import io.proofline.review.ReviewTask;
import io.proofline.review.ReviewTaskService;
import io.proofline.tenancy.AppUser;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;

/**
 * The mail that sends a reviewer to their task: project, sender, due date, comment, the button to {@code /t/{token}},
 * and a hint when the review needs a password (never the password, which is not kept). An external task's mail goes to
 * its email address, an internal task's to its assignee's account address (in English, without a password). Written in
 * the task's language from {@code templates/mail/<code>/}; an external task's own subject replaces the template's.
 */
@ApplicationScoped
public class TaskMail {

    @Inject
    Engine engine;

    @Inject
    ReviewTaskService tasks;

    /** What the templates show; every text in it is the user's and is escaped by the HTML template. */
    public record Content(MailLanguage language, String projectName, String sender, String dueDate, String comment,
            String url, boolean hasPassword, int assetCount, String reviewer, String subject) {
    }

    /** The mail for an open task, or empty when there is nothing to send any more (or nobody to send it to). */
    @Transactional
    public Optional<OutgoingMail> forTask(UUID taskId) {
        ReviewTask task = ReviewTask.findById(taskId);
        if (task == null || !task.isOpen() || task.token == null) {
            return Optional.empty();
        }
        AppUser assignee = task.external ? null : AppUser.findById(task.assigneeUserId);
        String to = task.external ? task.email : assignee == null ? null : assignee.email;
        if (to == null) {
            return Optional.empty();
        }
        Project project = Project.findById(task.projectId);
        AppUser sender = AppUser.findById(task.createdBy);
        if (project == null || project.deletedAt != null) {
            return Optional.empty();
        }
        int assets = tasks.assets(task).size();
        if (assets == 0) {
            return Optional.empty();
        }
        MailLanguage language = task.emailLanguage == null ? MailLanguage.English : task.emailLanguage;
        String dueDate = task.dueDate == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                        .format(task.dueDate.atZone(ZoneOffset.UTC));
        String senderName = sender == null ? "Proofline" : sender.shownName();
        String reviewer = task.external ? task.name : assignee.name;
        return Optional.of(render(to, new Content(language, project.name, senderName, dueDate, task.comment,
                tasks.url(task), task.hasPassword(), assets, reviewer, task.emailSubject)));
    }

    /** Renders the three templates of the content's language. */
    public OutgoingMail render(String to, Content content) {
        String folder = "mail/" + content.language().code + "/";
        Map<String, Object> data = new HashMap<>();
        data.put("m", content);
        data.put("dir", content.language().rightToLeft ? "rtl" : "ltr");
        data.put("lang", content.language().code);
        String subject = content.subject() != null ? content.subject() : render(folder + "subject.txt", data);
        // a subject is one header line, whatever the project is called
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        data.put("subject", subject);
        return new OutgoingMail(to, subject, render(folder + "task.html", data), render(folder + "task.txt", data));
    }

    private String render(String template, Map<String, Object> data) {
        TemplateInstance instance = engine.getTemplate(template).instance();
        data.forEach(instance::data);
        return instance.render();
    }
}

package io.proofline.web.review;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.annotation.ExternalReviewer;
import io.proofline.project.Project;
import io.proofline.review.Decision;
import io.proofline.review.Decisions;
import io.proofline.review.ReviewTask;
import io.proofline.review.ReviewTaskService;
import io.proofline.system.NotFoundException;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.AppUser;

/**
 * The way into a review task's pages, {@code /t/{token}} (the link in the task's mail): the reviewer is the external
 * task's email address, or the internal task's assignee (as that user), so nobody is asked for a name; a read-only task
 * shows but takes neither marks nor decisions; a task whose every asset has a decision is finished and answers 410. An
 * internal task whose assignee no longer sees its project has no page.
 */
@ApplicationScoped
public class TaskGate implements ReviewGate {

    public static final String FINISHED_HEADING = "This review is finished";
    public static final String FINISHED = "Every asset in this review has a decision. Thank you: there is nothing"
            + " more to do here.";

    @Inject
    EntityManager entityManager;

    @Inject
    ReviewPasswords passwords;

    @Inject
    ReviewTaskService tasks;

    @Inject
    Decisions decisions;

    @Inject
    Access access;

    @Override
    @Transactional
    public Opened open(String token, String cookie) {
        if (token == null || !ReviewLinkGate.TOKEN.matcher(token).matches()) {
            throw new NotFoundException(ReviewLinkGate.NOT_FOUND);
        }
        ReviewTask task = tasks.byToken(token).orElseThrow(() -> new NotFoundException(ReviewLinkGate.NOT_FOUND));
        ExternalReviewer reviewer = reviewer(task);
        if (!task.isOpen()) {
            throw new ReviewGoneException(FINISHED_HEADING, FINISHED);
        }
        Project project = entityManager.find(Project.class, task.projectId);
        String title = "Review of " + project.name;
        return passwords.open(task.id, task.passwordHash, cookie,
                session -> new Review("/t/" + task.token, title, !task.readOnly, !task.readOnly, task.allowDownload,
                        true, reviewer, new TaskItems(entityManager, tasks, task.id),
                        new TaskDecisions(decisions, task.id)));
    }

    /**
     * An external task's email address, or an internal task's assignee while they still see the task's project: the
     * page shows nothing the assignee could not see with their login.
     */
    private ExternalReviewer reviewer(ReviewTask task) {
        if (task.external) {
            return ExternalReviewer.throughTask(task.reviewerName(), task.email, task.id);
        }
        AppUser assignee = entityManager.find(AppUser.class, task.assigneeUserId);
        if (assignee == null || !access.sees(assignee.id, task.projectId)) {
            throw new NotFoundException(ReviewLinkGate.NOT_FOUND);
        }
        return ExternalReviewer.assignee(assignee.id, assignee.shownName(), assignee.email, task.id);
    }

    /** Decisions through the task, by its reviewer. */
    private record TaskDecisions(Decisions decisions, UUID taskId) implements ReviewDecisions {

        @Override
        public Map<UUID, Decision> latest(Collection<UUID> fileIds) {
            return decisions.latestInTask(taskId, fileIds);
        }

        @Override
        public void decide(UUID fileId, boolean approve, String comment) {
            decisions.decideInTask(taskId, fileId, approve, comment);
        }
    }
}

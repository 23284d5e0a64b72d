package io.proofline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import io.proofline.review.ReviewTask;
import io.proofline.review.ReviewTaskService;
import io.proofline.support.GreenMailResource;
import io.proofline.support.MailText;
import io.proofline.support.Tasks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** An external task's mail travels over SMTP to a real server and carries the link, never the password. */
@QuarkusTest
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class TaskMailSmtpTest {

    @Inject
    ReviewTaskService tasks;

    @Test
    void an_external_task_mails_its_link_and_no_password() throws Exception {
        Tasks.Setup setup = Tasks.setup(2);
        String address = "smtp-" + UUID.randomUUID() + "@example.com";
        String taskId = Tasks.external(setup, Map.of("email", address, "password", "Sup3r-Secret!", "comment",
                "Please check the <b>barcode</b>", "dueDate", "2030-05-06"));
        ReviewTask task = Tasks.task(taskId);

        MimeMessage mail = await()
                .atMost(Duration.ofSeconds(30)).until(
                        () -> Arrays.stream(GreenMailResource.server().getReceivedMessages())
                                .filter(message -> sentTo(message, address)).findFirst().orElse(null),
                        found -> found != null);

        assertThat(mail.getSubject()).startsWith("Please review: Review ");
        MailText.Parts parts = MailText.parts(mail);
        String link = tasks.url(task);
        assertThat(link).endsWith("/t/" + task.token);
        assertThat(parts.html()).contains("href=\"" + link + "\"").contains("Open the review")
                .contains("protected by a password").contains("May 6, 2030")
                .contains("Please check the &lt;b&gt;barcode&lt;/b&gt;").doesNotContain("Sup3r-Secret!");
        assertThat(parts.text()).contains(link).contains("Please check the <b>barcode</b>")
                .doesNotContain("Sup3r-Secret!");
        assertThat(new String(mail.getInputStream().readAllBytes())).doesNotContain("Sup3r-Secret!");

        // following the link finds the task
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(tasks.byToken(token)).map(found -> found.id).contains(task.id);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }
}

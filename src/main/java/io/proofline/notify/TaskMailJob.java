package io.proofline.notify;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.proofline.job.JobHandler;
import io.proofline.review.ReviewTaskService;

/**
 * Mails a task's reviewer (an external task's address, an internal task's assignee) its link, from the durable job
 * queue: a mail server that is down is retried with backoff, and a server restart loses nothing. A task deleted or
 * finished before its turn gets no mail.
 */
@ApplicationScoped
public class TaskMailJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(TaskMailJob.class);

    @Inject
    TaskMail taskMail;

    @Inject
    MailSender sender;

    @Override
    public String type() {
        return ReviewTaskService.MAIL_JOB;
    }

    @Override
    public void run(String payload) throws Exception {
        Optional<OutgoingMail> mail = taskMail.forTask(UUID.fromString(payload));
        if (mail.isEmpty()) {
            LOG.debugf("Task %s needs no mail any more", payload);
            return;
        }
        sender.send(mail.get());
    }

    @Override
    public void giveUp(String payload, String reason) {
        LOG.errorf("The mail of task %s could not be sent: %s", payload, reason);
    }
}

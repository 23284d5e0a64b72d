package io.proofline.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.review.ExternalReviewer;
import io.proofline.review.ReviewScope;
import io.proofline.review.ReviewScopes;
import io.proofline.review.ReviewTask;
import io.proofline.review.ReviewTaskService;
import io.proofline.system.NotFoundException;

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
    ReviewPasswords passwords;

    @Inject
    ReviewTaskService tasks;

    @Inject
    ReviewScopes scopes;

    @Override
    @Transactional
    public Opened open(String token, String cookie) {
        if (token == null || !ReviewLinkGate.TOKEN.matcher(token).matches()) {
            throw new NotFoundException(ReviewLinkGate.NOT_FOUND);
        }
        ReviewTask task = tasks.byToken(token).orElseThrow(() -> new NotFoundException(ReviewLinkGate.NOT_FOUND));
        ExternalReviewer reviewer = scopes.reviewerOf(task)
                .orElseThrow(() -> new NotFoundException(ReviewLinkGate.NOT_FOUND));
        if (!task.isOpen()) {
            throw new ReviewGoneException(FINISHED_HEADING, FINISHED);
        }
        ReviewScope scope = scopes.task(task);
        String title = "Review of " + scopes.projectName(scope);
        return passwords.open(task.id, task.passwordHash, cookie, session -> new Review("/t/" + task.token, title,
                !task.readOnly, !task.readOnly, task.allowDownload, reviewer, scope));
    }
}

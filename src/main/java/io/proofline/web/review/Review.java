package io.proofline.web.review;

import io.proofline.review.ExternalReviewer;
import io.proofline.review.ReviewScope;

/**
 * What a review page shows and what it lets the reviewer do, whatever brought the reviewer there: the pages and the
 * JSON endpoints are written against this, not against a review link, so another kind of review (an external review
 * task) needs only its own gate that builds one.
 *
 * @param basePath
 *            where the review's pages live, e.g. {@code /r/{token}}; every link and form on them starts here
 * @param title
 *            what the review is called (the link's name)
 * @param canAnnotate
 *            whether the reviewer may draw and comment (false for a read-only review)
 * @param canDecide
 *            whether the reviewer may approve and reject (the link's {@code allow_approvals}; a task that is not
 *            read-only)
 * @param canDownload
 *            whether originals may be downloaded
 * @param reviewer
 *            who writes, once known (null until the reviewer has given a name and email)
 * @param scope
 *            what the review shows, and its decisions
 */
public record Review(String basePath, String title, boolean canAnnotate, boolean canDecide, boolean canDownload,
        ExternalReviewer reviewer, ReviewScope scope) {

    /** Whether only the newest version of a version stack is shown. */
    public boolean currentVersionOnly() {
        return scope.currentVersionOnly();
    }

    public boolean knowsReviewer() {
        return reviewer != null;
    }
}

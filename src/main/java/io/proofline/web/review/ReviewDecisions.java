package io.proofline.web.review;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.proofline.review.Decision;

/** Approve or reject, as the review's reviewer, and what has been decided; each kind of review has its own. */
public interface ReviewDecisions {

    /** The latest decision on each of these files in this review, in one query. */
    Map<UUID, Decision> latest(Collection<UUID> fileIds);

    /** Records the reviewer's decision on a file of the review. */
    void decide(UUID fileId, boolean approve, String comment);
}

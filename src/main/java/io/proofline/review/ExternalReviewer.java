package io.proofline.review;

import java.util.UUID;

/**
 * Who annotates through the review page: someone without an account who came through a review link or an external
 * review task (exactly one of the two ids is set), or the account user an internal review task is assigned to
 * ({@code userId} and {@code taskId} set; what they write is theirs as a user). The review page builds it after the
 * reviewer has opened the link or task (and passed its password).
 */
public record ExternalReviewer(String name, String email, UUID reviewLinkId, UUID taskId, UUID userId) {

    public static ExternalReviewer throughLink(String name, String email, UUID reviewLinkId) {
        return new ExternalReviewer(name, email, reviewLinkId, null, null);
    }

    public static ExternalReviewer throughTask(String name, String email, UUID taskId) {
        return new ExternalReviewer(name, email, null, taskId, null);
    }

    /** The account user an internal task is assigned to, reviewing through that task's page. */
    public static ExternalReviewer assignee(UUID userId, String name, String email, UUID taskId) {
        return new ExternalReviewer(name, email, null, taskId, userId);
    }

    public boolean isAssignee() {
        return userId != null;
    }
}

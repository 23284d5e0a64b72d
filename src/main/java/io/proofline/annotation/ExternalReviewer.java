package io.proofline.annotation;

import java.util.UUID;

/**
 * Someone without an account who annotates through a review link or an external review task; exactly one of the two ids
 * is set. The review page builds it after the reviewer has opened the link or task (and passed its password).
 */
public record ExternalReviewer(String name, String email, UUID reviewLinkId, UUID taskId) {

    public static ExternalReviewer throughLink(String name, String email, UUID reviewLinkId) {
        return new ExternalReviewer(name, email, reviewLinkId, null);
    }

    public static ExternalReviewer throughTask(String name, String email, UUID taskId) {
        return new ExternalReviewer(name, email, null, taskId);
    }
}

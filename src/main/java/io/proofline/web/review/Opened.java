package io.proofline.web.review;

import java.util.UUID;

/**
 * A review that opens now, with the browser's session on it (a fresh one when the browser brought none that fits).
 *
 * @param subjectId
 *            the id of the review link or task; sessions and password guesses are counted against it
 * @param passwordHash
 *            the bcrypt hash of its password, null when it has none
 * @param review
 *            what the pages show and allow, for this session
 */
public record Opened(UUID subjectId, String passwordHash, ReviewSession session, boolean newSession, Review review) {

    public String basePath() {
        return review.basePath();
    }

    public String title() {
        return review.title();
    }
}

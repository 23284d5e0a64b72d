package io.proofline.web.review;

/**
 * What the review page remembers about one browser on one link, kept in a signed cookie scoped to that link's path.
 *
 * @param subject
 *            the id of the link (or task) the session belongs to
 * @param passwordMark
 *            a keyed digest of the password hash the reviewer got past; empty before the gate, stale once the password
 *            changes
 * @param csrf
 *            the token every form and JSON write must carry
 * @param name
 *            the reviewer's name, once given
 * @param email
 *            the reviewer's email, once given
 * @param issuedAt
 *            when the session began, in seconds since the epoch
 */
public record ReviewSession(String subject, String passwordMark, String csrf, String name, String email,
        long issuedAt) {

    public boolean knowsReviewer() {
        return name != null && !name.isBlank() && email != null && !email.isBlank();
    }

    public ReviewSession withReviewer(String newName, String newEmail) {
        return new ReviewSession(subject, passwordMark, csrf, newName, newEmail, issuedAt);
    }
}

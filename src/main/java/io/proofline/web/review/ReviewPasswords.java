package io.proofline.web.review;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.auth.LoginThrottle;
import io.proofline.system.ForbiddenException;
import io.proofline.system.Passwords;

/**
 * What every kind of review does the same way once its gate has found it: the browser's session on it, and the password
 * check with guesses throttled per review and per address.
 */
@ApplicationScoped
public class ReviewPasswords {

    public static final String WRONG_PASSWORD = "The password is wrong. Please try again.";
    public static final String NO_SESSION = "Your session on this review has ended or was not sent."
            + " Open the review link again and repeat what you did.";

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    ReviewSessions sessions;

    /** The review with the browser's session on it, or a fresh session when the cookie brought none that fits. */
    public Opened open(UUID subjectId, String passwordHash, String cookie, Function<ReviewSession, Review> review) {
        Optional<ReviewSession> found = sessions.read(cookie, subjectId.toString());
        ReviewSession session = found.orElseGet(() -> sessions.start(subjectId.toString()));
        return new Opened(subjectId, passwordHash, session, found.isEmpty(), review.apply(session));
    }

    /** Whether the session got past the review's current password (always, for a review without one). */
    public boolean passed(Opened opened) {
        return opened.session().passwordMark().equals(sessions.passwordMark(opened.passwordHash()));
    }

    /**
     * Checks a password: the session that passed when it is right, empty when it is wrong; too many wrong ones for the
     * review or from the address throw 429 (ThrottledException).
     */
    public Optional<ReviewSession> enter(Opened opened, String password, String address) {
        if (opened.passwordHash() == null) {
            return Optional.of(sessions.passed(opened.session(), ""));
        }
        throttle.beginReviewPassword(opened.subjectId(), address);
        if (password == null || password.length() > 200 || !passwords.matches(password, opened.passwordHash())) {
            return Optional.empty();
        }
        throttle.reviewPasswordSucceeded(opened.subjectId(), address);
        return Optional.of(sessions.passed(opened.session(), sessions.passwordMark(opened.passwordHash())));
    }

    /** The session of a browser that got past the gate, or 403 (for writes and for pages behind the gate). */
    public ReviewSession requirePassed(Opened opened) {
        if (opened.newSession() || !passed(opened)) {
            throw new ForbiddenException(NO_SESSION);
        }
        return opened.session();
    }
}

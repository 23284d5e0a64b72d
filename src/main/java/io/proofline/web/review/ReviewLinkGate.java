package io.proofline.web.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.annotation.ExternalReviewer;
import io.proofline.auth.LoginThrottle;
import io.proofline.auth.Passwords;
import io.proofline.review.ReviewLink;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;

/**
 * The way into a review link's pages, {@code /r/{token}}: finds the link (404 for an unknown token, 410 with the reason
 * for one that no longer opens), checks its password with guesses throttled per link and per address, and turns the
 * link and the browser's session into the {@link Review} the pages work with.
 */
@ApplicationScoped
public class ReviewLinkGate {

    public static final String NOT_FOUND = "There is no review at this address. Check the link you were sent.";
    public static final String DELETED = "This review link has been deleted by its sender.";
    public static final String SWITCHED_OFF = "This review link has been switched off by its sender.";
    public static final String WRONG_PASSWORD = "The password is wrong. Please try again.";
    public static final String NO_SESSION = "Your session on this review has ended or was not sent."
            + " Open the review link again and repeat what you did.";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH);

    @Inject
    EntityManager entityManager;

    @Inject
    Passwords passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    ReviewSessions sessions;

    /** A link that opens, with the browser's session on it (a fresh one when it brought none that fits). */
    public record Opened(ReviewLink link, ReviewSession session, boolean newSession) {

        public String basePath() {
            return "/r/" + link.token;
        }
    }

    /** The link of a token if it opens now; 404 or 410 otherwise. */
    @Transactional
    public Opened open(String token, String cookie) {
        ReviewLink link = find(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (link.deletedAt != null) {
            throw new LinkGoneException(DELETED);
        }
        if (!link.active) {
            throw new LinkGoneException(SWITCHED_OFF);
        }
        if (!link.opensAt(Times.now())) {
            throw new LinkGoneException("This review link expired on "
                    + EXPIRY.format(link.expiresAt.atOffset(ZoneOffset.UTC)) + ". Ask its sender for a new one.");
        }
        Optional<ReviewSession> session = sessions.read(cookie, link.id.toString());
        return session.map(found -> new Opened(link, found, false))
                .orElseGet(() -> new Opened(link, sessions.start(link.id.toString()), true));
    }

    /** Whether the session got past the link's current password (always, for a link without one). */
    public boolean passed(Opened opened) {
        return opened.session().passwordMark().equals(sessions.passwordMark(opened.link().passwordHash));
    }

    /**
     * Checks a password for the link: the session that passed when it is right, empty when it is wrong; too many wrong
     * ones for the link or from the address throw 429 (ThrottledException).
     */
    public Optional<ReviewSession> enter(Opened opened, String password, String address) {
        ReviewLink link = opened.link();
        if (!link.hasPassword()) {
            return Optional.of(sessions.passed(opened.session(), ""));
        }
        throttle.beginReviewLink(link.id, address);
        if (password == null || password.length() > 200 || !passwords.matches(password, link.passwordHash)) {
            return Optional.empty();
        }
        throttle.reviewLinkSucceeded(link.id, address);
        return Optional.of(sessions.passed(opened.session(), sessions.passwordMark(link.passwordHash)));
    }

    /** The session of a browser that got past the gate, or 403 (for writes and for pages behind the gate). */
    public ReviewSession requirePassed(Opened opened) {
        if (opened.newSession() || !passed(opened)) {
            throw new ForbiddenException(NO_SESSION);
        }
        return opened.session();
    }

    /** What the pages show and allow on this link, for this session. */
    public Review review(Opened opened) {
        ReviewLink link = opened.link();
        ReviewSession session = opened.session();
        ExternalReviewer reviewer = session.knowsReviewer()
                ? ExternalReviewer.throughLink(session.name(), session.email(), link.id)
                : null;
        return new Review(opened.basePath(), link.name, true, link.allowApprovals, link.enableDownloading,
                link.currentVersionOnly, reviewer, new LinkItems(entityManager, link.id));
    }

    private Optional<ReviewLink> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return entityManager.createQuery("select l from ReviewLink l where l.token = :token", ReviewLink.class)
                .setParameter("token", token).getResultStream().findFirst();
    }
}

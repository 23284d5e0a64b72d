package io.proofline.web.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.review.ExternalReviewer;
import io.proofline.review.ReviewLink;
import io.proofline.review.ReviewScopes;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;

/**
 * The way into a review link's pages, {@code /r/{token}}: finds the link (404 for an unknown token, 410 with the reason
 * for one that no longer opens) and turns it and the browser's session into the {@link Review} the pages work with.
 */
@ApplicationScoped
public class ReviewLinkGate implements ReviewGate {

    public static final String NOT_FOUND = "There is no review at this address. Check the link you were sent.";
    public static final String DELETED = "This review link has been deleted by its sender.";
    public static final String SWITCHED_OFF = "This review link has been switched off by its sender.";

    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm 'UTC'",
            Locale.ENGLISH);

    @Inject
    ReviewPasswords passwords;

    @Inject
    ReviewScopes scopes;

    /** The link of a token if it opens now; 404 or 410 otherwise. */
    @Override
    @Transactional
    public Opened open(String token, String cookie) {
        ReviewLink link = find(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (link.deletedAt != null) {
            throw new ReviewGoneException(DELETED);
        }
        if (!link.active) {
            throw new ReviewGoneException(SWITCHED_OFF);
        }
        if (!link.opensAt(Times.now())) {
            throw new ReviewGoneException("This review link expired on "
                    + EXPIRY.format(link.expiresAt.atOffset(ZoneOffset.UTC)) + ". Ask its sender for a new one.");
        }
        return passwords.open(link.id, link.passwordHash, cookie, session -> review(link, session));
    }

    private Review review(ReviewLink link, ReviewSession session) {
        ExternalReviewer reviewer = session.knowsReviewer()
                ? ExternalReviewer.throughLink(session.name(), session.email(), link.id)
                : null;
        return new Review("/r/" + link.token, link.name, true, link.allowApprovals, link.enableDownloading, reviewer,
                scopes.link(link));
    }

    private Optional<ReviewLink> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return scopes.linkByToken(token);
    }
}

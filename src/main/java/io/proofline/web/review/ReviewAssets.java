package io.proofline.web.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.asset.ProcessingStatus;
import io.proofline.asset.VersionStacks;
import io.proofline.media.MediaLinks;
import io.proofline.media.rendition.Renditions;
import io.proofline.review.Decision;
import io.proofline.review.ReviewScope;
import io.proofline.system.NotFoundException;
import io.proofline.system.ServerSettings;
import io.proofline.system.SignedUrls;

/**
 * The assets of a review as its pages show them: a grid of cards and a viewer of one file, from what the review's
 * {@link ReviewScope} shows. Whatever the review holds, a grid page costs the same few queries.
 */
@ApplicationScoped
public class ReviewAssets {

    /** Cards on one grid page. */
    public static final int PAGE_SIZE = 48;

    private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH);

    @Inject
    Renditions renditions;

    @Inject
    SignedUrls signedUrls;

    @Inject
    ServerSettings settings;

    @Inject
    ReviewPageConfig config;

    /** Something shown a page at a time (grid pages, pages of a PDF); {@code page} is 1-based. */
    public interface Paged {
        int page();

        int pages();

        default boolean hasPrevious() {
            return page() > 1;
        }

        default boolean hasNext() {
            return page() < pages();
        }

        default int previousPage() {
            return page() - 1;
        }

        default int nextPage() {
            return page() + 1;
        }
    }

    /**
     * One asset in the grid: its name, the file that opens (a stack's newest version), its small thumbnail and its
     * thumbnail (the browser picks by the card's width and the screen's density), the latest decision on that file in
     * this review ("Approved", "Rejected", or null), and whether it is still being processed (a card without a
     * thumbnail says "No preview yet" then, "No preview" once processing has ended without one).
     */
    public record Card(String name, UUID fileId, String smallThumbnailUrl, String thumbnailUrl, Integer versions,
            String decision, boolean processing) {

        Card decided(Decision latest) {
            return latest == null ? this
                    : new Card(name, fileId, smallThumbnailUrl, thumbnailUrl, versions, Decided.label(latest.approved),
                            processing);
        }
    }

    /** The latest decision on the viewed file in this review, in words. */
    public record Decided(boolean approved, String label, String by, String when, String comment) {

        static String label(boolean approved) {
            return approved ? "Approved" : "Rejected";
        }
    }

    /** One page of the grid; {@code page} is 1-based and {@code pages} at least 1. */
    public record Grid(List<Card> cards, int page, int pages, long total) implements Paged {
    }

    /** A version of the viewed stack, newest first. */
    public record Version(UUID fileId, int number, boolean shown) {
    }

    /** The file in the viewer, on one page, with the versions of its stack the review shows. */
    public record Viewed(Asset file, String name, int page, int pages, String previewUrl, List<Version> versions)
            implements Paged {

        /** Whether the file may still get a preview: its processing has not ended. */
        public boolean processing() {
            return ReviewAssets.processing(file);
        }
    }

    public Grid grid(Review review, int requestedPage) {
        ReviewScope.Page page = review.scope().page(requestedPage, PAGE_SIZE);
        List<Card> cards = page.items().stream().map(item -> {
            Asset shown = item.shown();
            boolean stack = item.asset().type == AssetType.version_stack;
            return new Card(item.asset().name, shown == null ? null : shown.id,
                    shown == null ? null : relative(renditions.smallThumbnailUrl(shown)),
                    shown == null ? null : relative(renditions.thumbnailUrl(shown)),
                    stack && !review.currentVersionOnly() ? item.versions() : null, null, processing(shown));
        }).toList();
        Map<UUID, Decision> decisions = review.scope()
                .latestDecisions(cards.stream().map(Card::fileId).filter(Objects::nonNull).toList());
        return new Grid(cards.stream().map(card -> card.decided(decisions.get(card.fileId()))).toList(), page.page(),
                page.pages(), page.total());
    }

    /** A file the review shows, on a page clamped to its pages; 404 for anything else. */
    public Viewed view(Review review, UUID fileId, int requestedPage) {
        ReviewScope.Shown shown = shown(review, fileId);
        Asset file = shown.file();
        List<Version> versions = shown.versions().stream()
                .map(version -> new Version(version.id, VersionStacks.numberOf(version), version.id.equals(file.id)))
                .toList();
        int pages = file.pagesCount == null || file.pagesCount < 1 ? 1 : file.pagesCount;
        int page = Math.min(Math.max(1, requestedPage), pages);
        return new Viewed(file, shown.name(), page, pages, relative(renditions.pageUrl(file, page)), versions);
    }

    /** The latest decision on a file in the review, or null. */
    public Decided decided(Review review, UUID fileId) {
        return review.scope().latestDecision(fileId)
                .map(latest -> new Decided(latest.decision().approved, Decided.label(latest.decision().approved),
                        latest.reviewerName(), DECIDED_AT.format(latest.decision().createdAt.atOffset(ZoneOffset.UTC)),
                        latest.decision().comment))
                .orElse(null);
    }

    /** A short-lived signed link to the original of a file the review shows; 404 when downloads are off. */
    public String originalUrl(Review review, UUID fileId) {
        if (!review.canDownload()) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        Asset file = shown(review, fileId).file();
        if (file.blobKey == null || file.uploadCompletedAt == null) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return relative(signedUrls.sign(MediaLinks.ORIGINALS + "/" + file.id, config.downloadLinkLifetime()));
    }

    /** Refuses (404) a file the review does not show. */
    public void requireShown(Review review, UUID fileId) {
        shown(review, fileId);
    }

    private static ReviewScope.Shown shown(Review review, UUID fileId) {
        return review.scope().show(fileId).orElseThrow(() -> new NotFoundException(AssetService.NOT_FOUND));
    }

    /** Whether the file may still get a preview: its processing has not ended. */
    static boolean processing(Asset file) {
        return file != null && (file.processingStatus == ProcessingStatus.Pending
                || file.processingStatus == ProcessingStatus.Processing);
    }

    /**
     * Signed links are made absolute with the public URL; the page uses them from its own origin, so that they stay
     * within the Content-Security-Policy's {@code 'self'} whatever host the reviewer came in on.
     */
    private String relative(String url) {
        if (url == null) {
            return null;
        }
        String base = settings.publicUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }
}

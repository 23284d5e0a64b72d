package io.proofline.web.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.asset.ProcessingStatus;
import io.proofline.media.MediaLinks;
import io.proofline.media.rendition.Renditions;
import io.proofline.review.Decision;
import io.proofline.system.NotFoundException;
import io.proofline.system.ServerSettings;
import io.proofline.system.SignedUrls;
import io.proofline.tenancy.AppUser;

/**
 * The assets of a review as its pages show them: a grid of cards and a viewer of one file. Whatever the review holds, a
 * grid page costs the same few queries (the page, the newest versions of its stacks, the count).
 */
@ApplicationScoped
public class ReviewAssets {

    /** Cards on one grid page. */
    public static final int PAGE_SIZE = 48;

    private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'",
            Locale.ENGLISH);

    @Inject
    EntityManager entityManager;

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

    @Transactional
    public Grid grid(Review review, int requestedPage) {
        long total = review.items().count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        List<Asset> roots = review.items().page((page - 1) * PAGE_SIZE, PAGE_SIZE);
        List<UUID> stacks = roots.stream().filter(asset -> asset.type == AssetType.version_stack).map(asset -> asset.id)
                .toList();
        Map<UUID, List<Asset>> versions = versionsOf(stacks);
        List<Card> cards = roots.stream().map(root -> {
            if (root.type != AssetType.version_stack) {
                return new Card(root.name, root.id, relative(renditions.smallThumbnailUrl(root)),
                        relative(renditions.thumbnailUrl(root)), null, null, processing(root));
            }
            List<Asset> stack = versions.getOrDefault(root.id, List.of());
            Asset newest = stack.isEmpty() ? null : stack.get(0);
            return new Card(root.name, newest == null ? null : newest.id,
                    newest == null ? null : relative(renditions.smallThumbnailUrl(newest)),
                    newest == null ? null : relative(renditions.thumbnailUrl(newest)),
                    review.currentVersionOnly() ? null : stack.size(), null, processing(newest));
        }).toList();
        Map<UUID, Decision> decisions = review.decisions()
                .latest(cards.stream().map(Card::fileId).filter(Objects::nonNull).toList());
        return new Grid(cards.stream().map(card -> card.decided(decisions.get(card.fileId()))).toList(), page, pages,
                total);
    }

    /** A file the review shows, on a page clamped to its pages; 404 for anything else. */
    @Transactional
    public Viewed view(Review review, UUID fileId, int requestedPage) {
        Asset file = shownFile(review, fileId);
        List<Version> versions = List.of();
        String name = file.name;
        if (file.parentId != null) {
            Asset parent = entityManager.find(Asset.class, file.parentId);
            if (parent != null && parent.type == AssetType.version_stack) {
                name = parent.name;
                if (!review.currentVersionOnly()) {
                    versions = versionsOf(List.of(parent.id)).getOrDefault(parent.id, List.of()).stream()
                            .map(version -> new Version(version.id,
                                    version.versionNumber == null ? 1 : version.versionNumber,
                                    version.id.equals(file.id)))
                            .toList();
                }
            }
        }
        int pages = file.pagesCount == null || file.pagesCount < 1 ? 1 : file.pagesCount;
        int page = Math.min(Math.max(1, requestedPage), pages);
        return new Viewed(file, name, page, pages, relative(renditions.pageUrl(file, page)), versions);
    }

    /** The latest decision on a file in the review, or null. */
    @Transactional
    public Decided decided(Review review, UUID fileId) {
        Decision latest = review.decisions().latest(List.of(fileId)).get(fileId);
        if (latest == null) {
            return null;
        }
        return new Decided(latest.approved, Decided.label(latest.approved), reviewerName(latest),
                DECIDED_AT.format(latest.createdAt.atOffset(ZoneOffset.UTC)), latest.comment);
    }

    /** An outsider's name as given; an account user's (an internal task's assignee) from their account. */
    private String reviewerName(Decision decision) {
        if (decision.reviewerName != null || decision.reviewerUserId == null) {
            return decision.reviewerName;
        }
        AppUser user = entityManager.find(AppUser.class, decision.reviewerUserId);
        return user == null ? null : user.shownName();
    }

    /** A short-lived signed link to the original of a file the review shows; 404 when downloads are off. */
    @Transactional
    public String originalUrl(Review review, UUID fileId) {
        if (!review.canDownload()) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        Asset file = shownFile(review, fileId);
        if (file.blobKey == null || file.uploadCompletedAt == null) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return relative(signedUrls.sign(MediaLinks.ORIGINALS + "/" + file.id, config.downloadLinkLifetime()));
    }

    /** Refuses (404) a file the review does not show; see {@link #shownFile}. */
    @Transactional
    public void requireShown(Review review, UUID fileId) {
        shownFile(review, fileId);
    }

    /**
     * A live file that is one of the review's assets, or a version of one of its stacks (the newest only when the
     * review shows the current version only).
     */
    private Asset shownFile(Review review, UUID fileId) {
        Asset file = fileId == null ? null : entityManager.find(Asset.class, fileId);
        if (file == null || file.deletedAt != null || file.type != AssetType.file) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        if (review.items().holds(file.id)) {
            return file;
        }
        if (file.parentId != null && review.items().holds(file.parentId)) {
            Asset stack = entityManager.find(Asset.class, file.parentId);
            if (stack != null && stack.deletedAt == null && stack.type == AssetType.version_stack) {
                if (!review.currentVersionOnly()
                        || versionsOf(List.of(stack.id)).get(stack.id).get(0).id.equals(file.id)) {
                    return file;
                }
            }
        }
        throw new NotFoundException(AssetService.NOT_FOUND);
    }

    /** Whether the file may still get a preview: its processing has not ended. */
    static boolean processing(Asset file) {
        return file != null && (file.processingStatus == ProcessingStatus.Pending
                || file.processingStatus == ProcessingStatus.Processing);
    }

    /** The live versions of each stack, newest first, in one query. */
    private Map<UUID, List<Asset>> versionsOf(List<UUID> stacks) {
        Map<UUID, List<Asset>> versions = new HashMap<>();
        if (stacks.isEmpty()) {
            return versions;
        }
        entityManager
                .createQuery("select v from Asset v where v.parentId in :stacks and v.deletedAt is null"
                        + " and v.type = :file", Asset.class)
                .setParameter("stacks", stacks).setParameter("file", AssetType.file).getResultList()
                .forEach(version -> versions.computeIfAbsent(version.parentId, key -> new ArrayList<>()).add(version));
        Comparator<Asset> newestFirst = Comparator
                .comparing((Asset version) -> version.versionNumber == null ? 0 : version.versionNumber).reversed();
        versions.values().forEach(list -> list.sort(newestFirst));
        return versions;
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

package io.proofline.review;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.proofline.asset.Asset;

/**
 * What one review, a review link or a review task, shows, and the decisions taken in it. It is the one answer to: does
 * the review hold this file, which version of a stack it shows (the newest only when it shows the current version only;
 * a task always holds files), the page of its items with their count, and approve or reject. The review pages, the
 * annotation grants of reviewers and the decisions all ask it; none re-derives it. Made by {@link ReviewScopes}.
 */
public final class ReviewScope {

    /** A review link's scope or a review task's. */
    public enum Kind {
        LINK, TASK
    }

    /** One of the review's assets as a grid shows it: the file that opens (a stack's newest shown version). */
    public record Item(Asset asset, Asset shown, int versions) {
    }

    /** One page of the review's items; {@code page} is 1-based and {@code pages} at least 1. */
    public record Page(List<Item> items, int page, int pages, long total) {
    }

    /**
     * A file the review shows, with its stack (null for a lone file) and the stack's versions it shows, newest first.
     */
    public record Shown(Asset file, Asset stack, List<Asset> versions) {

        /** The name the review gives the file: its stack's name, as the grid names it. */
        public String name() {
            return stack != null ? stack.name : file.name;
        }
    }

    /** A decision with the name of whoever took it. */
    public record Decided(Decision decision, String reviewerName) {
    }

    private final ReviewScopes scopes;
    private final Kind kind;
    private final UUID id;
    private final UUID projectId;
    private final boolean currentVersionOnly;

    ReviewScope(ReviewScopes scopes, Kind kind, UUID id, UUID projectId, boolean currentVersionOnly) {
        this.scopes = scopes;
        this.kind = kind;
        this.id = id;
        this.projectId = projectId;
        this.currentVersionOnly = currentVersionOnly;
    }

    public Kind kind() {
        return kind;
    }

    /** The review link's or the task's id. */
    public UUID id() {
        return id;
    }

    public UUID projectId() {
        return projectId;
    }

    /** Whether a version stack shows only its newest version. */
    public boolean currentVersionOnly() {
        return currentVersionOnly;
    }

    /** How many live assets the review holds. */
    public long count() {
        return scopes.count(this);
    }

    /** A page of the review's live assets in the order the sender put them, each with the file it opens. */
    public Page page(int requestedPage, int pageSize) {
        return scopes.page(this, requestedPage, pageSize);
    }

    /** A live file the review shows (one of its assets, or a shown version of one of its stacks), or empty. */
    public Optional<Shown> show(UUID fileId) {
        return scopes.show(this, fileId);
    }

    /** Whether the live asset is one of the review's assets or a version it shows, whatever the asset's type. */
    public boolean holds(Asset asset) {
        return scopes.holds(this, asset);
    }

    /** The latest decision on each of these files in this review, in one query. */
    public Map<UUID, Decision> latestDecisions(Collection<UUID> fileIds) {
        return scopes.latestDecisions(this, fileIds);
    }

    /** The latest decision on a file in this review with its reviewer's name, or empty. */
    public Optional<Decided> latestDecision(UUID fileId) {
        return scopes.latestDecision(this, fileId);
    }

    /** Records the reviewer's decision on a file the review shows. */
    public Decision decide(UUID fileId, ExternalReviewer reviewer, boolean approve, String comment) {
        return scopes.decide(this, fileId, reviewer, approve, comment);
    }
}

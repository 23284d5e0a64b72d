package io.proofline.review;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.asset.VisibleAssets;
import io.proofline.event.EventLog;
import io.proofline.project.Project;
import io.proofline.project.ProjectService;
import io.proofline.system.NotFoundException;
import io.proofline.system.Passwords;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.ServerSettings;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;

/** Review links of a project and the assets in them, for the staff who see the project. */
@ApplicationScoped
public class ReviewLinkService {

    @Inject
    VisibleAssets visibleAssets;

    public static final String NOT_FOUND = "Review link not found.";
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_PASSWORD_LENGTH = 72;
    public static final int MAX_ASSETS_PER_CALL = 500;
    static final String NOT_MUTABLE = "Review links can be changed only when the project is Active or OnHold.";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Inject
    ProjectService projects;

    @Inject
    Passwords passwords;

    @Inject
    EventLog events;

    @Inject
    ServerSettings settings;

    /**
     * What a create or an edit sets. A null field is left as it is (on create: takes its default). For
     * {@code expiresAt} and {@code password} an empty Optional clears the value.
     */
    public record Settings(String name, Boolean allowApprovals, Boolean currentVersionOnly, Boolean enableDownloading,
            Boolean active, Optional<Instant> expiresAt, Optional<String> password) {
    }

    /** A link with the number of live assets in it. */
    public record Listed(ReviewLink link, long itemCount) {
    }

    /** One page of a link's items, each with its asset. */
    public record Items(ReviewLink link, List<Item> items, long total) {
    }

    public record Item(ReviewLinkItem item, Asset asset) {
    }

    /** The address reviewers open. */
    public String shortUrl(ReviewLink link) {
        return settings.publicUrl() + "/r/" + link.token;
    }

    @Transactional
    public Listed create(Principal principal, UUID projectId, Settings input) {
        Project project = projects.get(principal, projectId);
        requireMutable(project);
        Validator validator = new Validator();
        validator.required("name", input.name());
        validate(validator, input);
        ReviewLink link = new ReviewLink();
        link.id = UUID.randomUUID();
        link.accountId = project.accountId;
        link.projectId = project.id;
        link.token = newToken();
        link.name = input.name().trim();
        link.allowApprovals = input.allowApprovals() == null || input.allowApprovals();
        link.currentVersionOnly = input.currentVersionOnly() != null && input.currentVersionOnly();
        link.enableDownloading = input.enableDownloading() == null || input.enableDownloading();
        link.active = input.active() == null || input.active();
        link.expiresAt = input.expiresAt() == null ? null : input.expiresAt().orElse(null);
        link.passwordHash = input.password() == null ? null : input.password().map(passwords::hash).orElse(null);
        link.createdBy = principal.userId();
        link.createdAt = Times.now();
        link.updatedAt = link.createdAt;
        link.persist();
        events.record("review_link.created", subject(link, principal), EventLog.data("ReviewLinkUID",
                link.id.toString(), "ProjectUID", link.projectId.toString(), "Name", link.name));
        return new Listed(link, 0);
    }

    @Transactional
    public List<Listed> list(Principal principal, UUID projectId, int page, int pageSize) {
        Project project = projects.get(principal, projectId);
        List<ReviewLink> links = entityManager
                .createQuery("select l from ReviewLink l where l.projectId = :project"
                        + " and l.deletedAt is null order by l.createdAt, l.id", ReviewLink.class)
                .setParameter("project", project.id).setFirstResult((page - 1) * pageSize).setMaxResults(pageSize)
                .getResultList();
        Map<UUID, Long> counts = itemCounts(links.stream().map(link -> link.id).toList());
        return links.stream().map(link -> new Listed(link, counts.getOrDefault(link.id, 0L))).toList();
    }

    @Transactional
    public long count(Principal principal, UUID projectId) {
        Project project = projects.get(principal, projectId);
        return entityManager
                .createQuery("select count(l) from ReviewLink l where l.projectId = :project and l.deletedAt is null",
                        Long.class)
                .setParameter("project", project.id).getSingleResult();
    }

    @Transactional
    public Listed get(Principal principal, UUID linkId) {
        ReviewLink link = visible(principal, linkId);
        return new Listed(link, itemCounts(List.of(link.id)).getOrDefault(link.id, 0L));
    }

    @Transactional
    public Listed update(Principal principal, UUID linkId, Settings input) {
        ReviewLink link = lockVisible(principal, linkId);
        Validator validator = new Validator();
        if (input.name() != null) {
            validator.required("name", input.name());
        }
        validate(validator, input);
        if (input.name() != null) {
            link.name = input.name().trim();
        }
        if (input.allowApprovals() != null) {
            link.allowApprovals = input.allowApprovals();
        }
        if (input.currentVersionOnly() != null) {
            link.currentVersionOnly = input.currentVersionOnly();
        }
        if (input.enableDownloading() != null) {
            link.enableDownloading = input.enableDownloading();
        }
        if (input.active() != null) {
            link.active = input.active();
        }
        if (input.expiresAt() != null) {
            link.expiresAt = input.expiresAt().orElse(null);
        }
        if (input.password() != null) {
            link.passwordHash = input.password().map(passwords::hash).orElse(null);
        }
        link.updatedAt = Times.now();
        events.record("review_link.edited", subject(link, principal),
                EventLog.data("ReviewLinkUID", link.id.toString(), "ProjectUID", link.projectId.toString()));
        return new Listed(link, itemCounts(List.of(link.id)).getOrDefault(link.id, 0L));
    }

    /** Deletes the link: its URL stops working at once. */
    @Transactional
    public Listed delete(Principal principal, UUID linkId) {
        ReviewLink link = lockVisible(principal, linkId);
        long items = itemCounts(List.of(link.id)).getOrDefault(link.id, 0L);
        link.deletedAt = Times.now();
        link.updatedAt = link.deletedAt;
        events.record("review_link.deleted", subject(link, principal),
                EventLog.data("ReviewLinkUID", link.id.toString(), "ProjectUID", link.projectId.toString()));
        return new Listed(link, items);
    }

    /**
     * Adds files and version stacks of the link's project, after those already in it; an asset already in the link
     * stays where it is. Unknown or foreign ids are a 404, assets of another project or folders a 422.
     */
    @Transactional
    public Listed addAssets(Principal principal, UUID linkId, List<UUID> assetIds) {
        if (assetIds.isEmpty()) {
            throw ValidationException.of("asset_ids", "'asset_ids' must not be empty.");
        }
        if (assetIds.size() > MAX_ASSETS_PER_CALL) {
            throw ValidationException.of("asset_ids",
                    "'asset_ids' must not have more than " + MAX_ASSETS_PER_CALL + " items.");
        }
        ReviewLink link = lockVisible(principal, linkId);
        LinkedHashSet<UUID> wanted = new LinkedHashSet<>(assetIds);
        Map<UUID, Asset> found = visibleAssets.findAll(principal, wanted);
        Validator validator = new Validator();
        for (UUID id : wanted) {
            Asset asset = found.get(id);
            if (asset == null) {
                throw new NotFoundException(AssetService.NOT_FOUND);
            }
            if (!asset.projectId.equals(link.projectId)) {
                validator.add("asset_ids", "Asset " + id + " is not in the review link's project.");
            } else if (asset.type == AssetType.folder) {
                validator.add("asset_ids", "Asset " + id + " is a folder; add files or version stacks.");
            } else if (asset.parentId != null && isVersionInStack(asset)) {
                validator.add("asset_ids", "Asset " + id + " is a version inside a version stack; add the stack.");
            }
        }
        validator.throwIfInvalid();
        List<UUID> present = entityManager
                .createQuery("select i.assetId from ReviewLinkItem i where i.reviewLinkId = :link", UUID.class)
                .setParameter("link", link.id).getResultList();
        Integer last = entityManager
                .createQuery("select max(i.position) from ReviewLinkItem i where i.reviewLinkId = :link", Integer.class)
                .setParameter("link", link.id).getSingleResult();
        int position = last == null ? 0 : last;
        List<String> added = new ArrayList<>();
        for (UUID id : wanted) {
            if (present.contains(id)) {
                continue;
            }
            ReviewLinkItem item = new ReviewLinkItem();
            item.id = UUID.randomUUID();
            item.reviewLinkId = link.id;
            item.assetId = id;
            item.position = ++position;
            item.createdAt = Times.now();
            item.persist();
            added.add(id.toString());
        }
        if (!added.isEmpty()) {
            link.updatedAt = Times.now();
            events.record("review_link.assets_added", subject(link, principal), EventLog.data("ReviewLinkUID",
                    link.id.toString(), "ProjectUID", link.projectId.toString(), "AssetUIDs", added));
        }
        return new Listed(link, itemCounts(List.of(link.id)).getOrDefault(link.id, 0L));
    }

    /** A page of the link's live items in the order they were added. */
    @Transactional
    public Items items(Principal principal, UUID linkId, int page, int pageSize) {
        ReviewLink link = visible(principal, linkId);
        List<Object[]> rows = entityManager.createQuery("select i, a from ReviewLinkItem i, Asset a"
                + " where a.id = i.assetId and i.reviewLinkId = :link and a.deletedAt is null order by i.position",
                Object[].class).setParameter("link", link.id).setFirstResult((page - 1) * pageSize)
                .setMaxResults(pageSize).getResultList();
        List<Item> items = rows.stream().map(row -> new Item((ReviewLinkItem) row[0], (Asset) row[1])).toList();
        return new Items(link, items, itemCounts(List.of(link.id)).getOrDefault(link.id, 0L));
    }

    private boolean isVersionInStack(Asset asset) {
        Asset parent = entityManager.find(Asset.class, asset.parentId);
        return parent != null && parent.type == AssetType.version_stack;
    }

    /** Live items per link, in one query. */
    private Map<UUID, Long> itemCounts(List<UUID> linkIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (linkIds.isEmpty()) {
            return counts;
        }
        entityManager
                .createQuery("select i.reviewLinkId, count(i) from ReviewLinkItem i, Asset a"
                        + " where a.id = i.assetId and a.deletedAt is null and i.reviewLinkId in :links"
                        + " group by i.reviewLinkId", Object[].class)
                .setParameter("links", linkIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    private ReviewLink visible(Principal principal, UUID linkId) {
        return findVisible(principal, linkId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private ReviewLink lockVisible(Principal principal, UUID linkId) {
        ReviewLink link = visible(principal, linkId);
        entityManager.lock(link, LockModeType.PESSIMISTIC_WRITE);
        if (link.deletedAt != null) {
            throw new NotFoundException(NOT_FOUND);
        }
        requireMutable(entityManager.find(Project.class, link.projectId));
        return link;
    }

    private Optional<ReviewLink> findVisible(Principal principal, UUID linkId) {
        if (linkId == null) {
            return Optional.empty();
        }
        return entityManager
                .createQuery(
                        "select l from ReviewLink l, Project p where p.id = l.projectId"
                                + " and l.id = :id and l.deletedAt is null and " + Access.VISIBLE_PROJECT,
                        ReviewLink.class)
                .setParameter("id", linkId).setParameter("uid", principal.userId()).getResultStream().findFirst();
    }

    private static void requireMutable(Project project) {
        if (!project.state.isMutable()) {
            throw new ReadOnlyException(NOT_MUTABLE);
        }
    }

    private static void validate(Validator validator, Settings input) {
        validator.maxLength("name", input.name(), MAX_NAME_LENGTH);
        if (input.name() != null && input.name().chars().anyMatch(Character::isISOControl)) {
            validator.add("name", "'name' must not contain control characters.");
        }
        if (input.password() != null && input.password().isPresent()) {
            String password = input.password().get();
            validator.maxLength("password", password, MAX_PASSWORD_LENGTH).bcryptPassword("password", password);
            if (password.chars().anyMatch(Character::isISOControl)) {
                validator.add("password", "'password' must not contain control characters.");
            }
        }
        validator.throwIfInvalid();
    }

    private static EventLog.Subject subject(ReviewLink link, Principal principal) {
        return new EventLog.Subject(link.accountId, link.projectId, null, principal.userId());
    }

    /** 256 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

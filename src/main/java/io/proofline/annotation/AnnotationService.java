package io.proofline.annotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetType;
import io.proofline.asset.VisibleAssets;
import io.proofline.event.EventLog;
import io.proofline.project.ProjectLocks;
import io.proofline.review.ExternalReviewer;
import io.proofline.review.ReviewScopes;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotAuthorException;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.AppUser;
import io.proofline.tenancy.Principal;

/**
 * Annotations and replies on files, written by users of the account (through the API, or through the review page of an
 * internal task assigned to them) or by external reviewers (through the review page). Every change writes its
 * {@code annotation.*} event in the same transaction; only the author edits or deletes, and deleting an annotation
 * deletes its replies.
 */
@ApplicationScoped
public class AnnotationService {

    @Inject
    ProjectLocks projectLocks;

    public static final String NOT_FOUND = "Annotation not found.";
    public static final String ONLY_AUTHOR_DELETES = "You can delete only your annotation.";
    public static final String ONLY_AUTHOR_EDITS = "You can edit only your annotation.";
    public static final String NOT_MUTABLE = "Annotations can be added, edited or deleted only when the project is"
            + " Active or OnHold. Completed, Archived or InTransit projects are read-only.";
    public static final String READ_ONLY_REVIEW = "This review is read-only: annotations cannot be added, edited or"
            + " deleted.";
    public static final int MAX_TEXT_LENGTH = 5000;
    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_EMAIL_LENGTH = 320;

    @Inject
    EntityManager entityManager;

    @Inject
    EventLog events;

    @Inject
    ReviewScopes reviewScopes;

    @Inject
    VisibleAssets visibleAssets;

    /** A new annotation ({@code parentId} null, with a shape) or reply (with {@code parentId}, no shape). */
    public record Draft(UUID assetId, Integer page, String text, UUID parentId, Shape shape) {
    }

    /**
     * What an author changes; null leaves it as it is. {@code removeShape} makes a top-level annotation a comment on
     * the whole page.
     */
    public record Edit(String text, Shape shape, boolean removeShape) {

        public Edit(String text, Shape shape) {
            this(text, shape, false);
        }
    }

    /** A top-level annotation with its replies, oldest first. */
    public record Thread(Annotation annotation, List<Annotation> replies) {
    }

    /** An asset's annotations, and the account users who wrote any of them. */
    public record Listing(Asset asset, List<Thread> threads, Map<UUID, AppUser> users) {

        /** The author's display name. */
        public String authorName(Annotation annotation) {
            if (annotation.authorUserId == null) {
                return annotation.authorName;
            }
            AppUser user = users.get(annotation.authorUserId);
            return user == null ? null : user.name;
        }

        public String authorEmail(Annotation annotation) {
            if (annotation.authorUserId == null) {
                return annotation.authorEmail;
            }
            AppUser user = users.get(annotation.authorUserId);
            return user == null ? null : user.email;
        }
    }

    // ---- account users (the workflow API)

    /** The live annotations of a file the caller sees, threads oldest first. */
    @Transactional
    public Listing list(Principal principal, UUID assetId) {
        return listing(visibleAsset(principal, assetId).asset());
    }

    /** One live annotation (or reply) the caller sees, as the only item of its asset's listing. */
    @Transactional
    public Listing one(Principal principal, UUID annotationId) {
        Annotation annotation = visibleAnnotation(principal, annotationId);
        Asset asset = entityManager.find(Asset.class, annotation.assetId);
        return new Listing(asset, List.of(new Thread(annotation, List.of())), users(List.of(annotation)));
    }

    /** One live annotation (or reply) the caller sees, with its replies (none for a reply). */
    @Transactional
    public Listing thread(Principal principal, UUID annotationId) {
        Annotation annotation = visibleAnnotation(principal, annotationId);
        Asset asset = entityManager.find(Asset.class, annotation.assetId);
        List<Annotation> replies = annotation.isReply() ? List.of()
                : entityManager
                        .createQuery("select n from Annotation n where n.parentId = :id and n.deletedAt is null"
                                + " order by n.createdAt, n.id", Annotation.class)
                        .setParameter("id", annotation.id).getResultList();
        List<Annotation> all = new ArrayList<>(replies);
        all.add(annotation);
        return new Listing(asset, List.of(new Thread(annotation, List.copyOf(replies))), users(all));
    }

    /** A new annotation, which must have a shape, or a reply. */
    @Transactional
    public Annotation create(Principal principal, Draft draft) {
        Scope scope = lockForChange(visibleAsset(principal, draft.assetId()));
        return add(scope, draft, Author.user(principal.userId()), true);
    }

    /**
     * A new annotation or reply where a top-level annotation may have no shape: a comment on the whole page, as /v2
     * comments without a drawing are.
     */
    @Transactional
    public Annotation comment(Principal principal, Draft draft) {
        Scope scope = lockForChange(visibleAsset(principal, draft.assetId()));
        return add(scope, draft, Author.user(principal.userId()), false);
    }

    @Transactional
    public Annotation edit(Principal principal, UUID annotationId, Edit edit) {
        Annotation annotation = visibleAnnotation(principal, annotationId);
        Scope scope = lockForChange(scopeOf(annotation));
        return change(scope, annotation, edit, Author.user(principal.userId()));
    }

    @Transactional
    public Annotation delete(Principal principal, UUID annotationId) {
        Annotation annotation = visibleAnnotation(principal, annotationId);
        Scope scope = lockForChange(scopeOf(annotation));
        return remove(scope, annotation, Author.user(principal.userId()));
    }

    // ---- reviewers on the review page: external reviewers, and the assignees of internal tasks

    /** The live annotations of a file the reviewer's link or task holds. */
    @Transactional
    public Listing list(ExternalReviewer reviewer, UUID assetId) {
        Author author = Author.external(reviewer);
        return listing(granted(author, assetId, false).asset());
    }

    @Transactional
    public Annotation create(ExternalReviewer reviewer, Draft draft) {
        Author author = Author.external(reviewer);
        Scope scope = lockForChange(granted(author, draft.assetId(), true));
        return add(scope, draft, author, true);
    }

    @Transactional
    public Annotation edit(ExternalReviewer reviewer, UUID annotationId, Edit edit) {
        Author author = Author.external(reviewer);
        Annotation annotation = live(annotationId);
        Scope scope = lockForChange(grantedOn(author, annotation));
        return change(scope, annotation, edit, author);
    }

    @Transactional
    public Annotation delete(ExternalReviewer reviewer, UUID annotationId) {
        Author author = Author.external(reviewer);
        Annotation annotation = live(annotationId);
        Scope scope = lockForChange(grantedOn(author, annotation));
        return remove(scope, annotation, author);
    }

    /** Whether the reviewer wrote the annotation (and so may edit and delete it): for the review page's controls. */
    public static boolean isAuthor(ExternalReviewer reviewer, Annotation annotation) {
        return Author.external(reviewer).wrote(annotation);
    }

    // ---- the rules, the same for both kinds of author

    private Annotation add(Scope scope, Draft draft, Author author, boolean shapeRequired) {
        Asset asset = scope.asset();
        Validator validator = new Validator().required("text", draft.text()).maxLength("text", draft.text(),
                MAX_TEXT_LENGTH);
        Annotation parent = null;
        int page;
        if (draft.parentId() != null) {
            parent = Annotation.<Annotation> findByIdOptional(draft.parentId())
                    .filter(found -> found.deletedAt == null && found.assetId.equals(asset.id)).orElse(null);
            if (parent == null) {
                validator.add("parentUID", "'parentUID' must name an annotation of the same asset.");
            } else if (parent.isReply()) {
                validator.add("parentUID", "'parentUID' names a reply; reply to the annotation it belongs to.");
            }
            if (draft.shape() != null) {
                validator.add("shape", "A reply has no shape.");
            }
            if (parent != null && draft.page() != null && draft.page() != parent.page) {
                validator.add("page", "A reply is on the page of its annotation (" + parent.page + ").");
            }
            page = parent == null ? 1 : parent.page;
        } else {
            if (draft.shape() == null && shapeRequired) {
                validator.add("shape", "'shape' must not be empty.");
            }
            page = draft.page() == null ? 1 : draft.page();
            checkPage(validator, asset, page);
        }
        validator.throwIfInvalid();

        Annotation annotation = new Annotation();
        annotation.id = UUID.randomUUID();
        annotation.accountId = scope.accountId();
        annotation.projectId = asset.projectId;
        annotation.assetId = asset.id;
        annotation.parentId = parent == null ? null : parent.id;
        annotation.page = page;
        if (parent == null && draft.shape() != null) {
            annotation.shapeType = draft.shape().type();
            annotation.shapeJson = draft.shape().toJson();
        }
        annotation.text = draft.text();
        author.sign(annotation);
        annotation.createdAt = Times.now();
        annotation.updatedAt = annotation.createdAt;
        annotation.persist();
        events.record("annotation.added", scope.subject(author), data(annotation, author));
        return annotation;
    }

    private Annotation change(Scope scope, Annotation annotation, Edit edit, Author author) {
        if (!author.wrote(annotation)) {
            throw new NotAuthorException(ONLY_AUTHOR_EDITS);
        }
        Validator validator = new Validator().maxLength("text", edit.text(), MAX_TEXT_LENGTH);
        if (edit.text() == null && edit.shape() == null && !edit.removeShape()) {
            validator.add("text", "Send 'text', 'shape' or both.");
        }
        if (edit.shape() != null && edit.removeShape()) {
            validator.add("shape", "Send a new shape or remove the shape, not both.");
        }
        if (edit.text() != null && edit.text().isBlank()) {
            validator.required("text", edit.text());
        }
        if (edit.shape() != null && annotation.isReply()) {
            validator.add("shape", "A reply has no shape.");
        }
        validator.throwIfInvalid();
        if (edit.text() != null) {
            annotation.text = edit.text();
        }
        if (edit.shape() != null) {
            annotation.shapeType = edit.shape().type();
            annotation.shapeJson = edit.shape().toJson();
        } else if (edit.removeShape()) {
            annotation.shapeType = null;
            annotation.shapeJson = null;
        }
        annotation.updatedAt = Times.now();
        events.record("annotation.edited", scope.subject(author), data(annotation, author));
        return annotation;
    }

    private Annotation remove(Scope scope, Annotation annotation, Author author) {
        if (!author.wrote(annotation)) {
            throw new NotAuthorException(ONLY_AUTHOR_DELETES);
        }
        Instant now = Times.now();
        entityManager
                .createQuery(
                        "update Annotation n set n.deletedAt = :now where n.parentId = :id and n.deletedAt is null")
                .setParameter("now", now).setParameter("id", annotation.id).executeUpdate();
        annotation.deletedAt = now;
        events.record("annotation.deleted", scope.subject(author),
                EventLog.data("ProjectUID", annotation.projectId.toString(), "AssetUID", annotation.assetId.toString(),
                        "AnnotationUID", annotation.id.toString(), "ParentUID",
                        annotation.parentId == null ? null : annotation.parentId.toString()));
        return annotation;
    }

    private static void checkPage(Validator validator, Asset asset, int page) {
        if (page < 1) {
            validator.add("page", "'page' must be 1 or more.");
        } else if (asset.pagesCount != null && asset.pagesCount > 0 && page > asset.pagesCount) {
            validator.add("page", "'page' must be between 1 and " + asset.pagesCount + ", the asset's page count.");
        } else if (asset.pagesCount != null && asset.pagesCount == 0 && page != 1) {
            validator.add("page", "'page' must be 1: the asset has no pages to annotate.");
        }
    }

    private static Map<String, Object> data(Annotation annotation, Author author) {
        Map<String, Object> data = EventLog.data("ProjectUID", annotation.projectId.toString(), "AssetUID",
                annotation.assetId.toString(), "AnnotationUID", annotation.id.toString(), "ParentUID",
                annotation.parentId == null ? null : annotation.parentId.toString(), "Page", annotation.page, "Text",
                annotation.text, "Shape", annotation.shape() == null ? null : annotation.shape().toMap());
        data.put("Author", author.eventData());
        return data;
    }

    private Listing listing(Asset asset) {
        List<Annotation> all = entityManager.createQuery(
                "select n from Annotation n where n.assetId = :asset and n.deletedAt is null order by n.createdAt, n.id",
                Annotation.class).setParameter("asset", asset.id).getResultList();
        Map<UUID, List<Annotation>> replies = new LinkedHashMap<>();
        List<Annotation> roots = new ArrayList<>();
        for (Annotation annotation : all) {
            if (annotation.isReply()) {
                replies.computeIfAbsent(annotation.parentId, key -> new ArrayList<>()).add(annotation);
            } else {
                roots.add(annotation);
            }
        }
        List<Thread> threads = roots.stream()
                .map(root -> new Thread(root, List.copyOf(replies.getOrDefault(root.id, List.of())))).toList();
        return new Listing(asset, threads, users(all));
    }

    private Map<UUID, AppUser> users(List<Annotation> annotations) {
        Set<UUID> ids = annotations.stream().map(annotation -> annotation.authorUserId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select u from AppUser u where u.id in :ids", AppUser.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(user -> user.id, user -> user));
    }

    // ---- who may see what

    /** A live file of a project the user sees, or 404. */
    private Scope visibleAsset(Principal principal, UUID assetId) {
        VisibleAssets.Found found = visibleAssets.require(principal, assetId);
        return annotatable(new Scope(found.asset(), found.accountId()));
    }

    /** A live annotation on a live asset of a project the user sees, or 404. */
    private Annotation visibleAnnotation(Principal principal, UUID annotationId) {
        if (annotationId == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return entityManager
                .createQuery("select n from Annotation n, Asset a, Project p where n.id = :id and n.deletedAt is null"
                        + " and a.id = n.assetId and a.deletedAt is null and p.id = n.projectId and "
                        + Access.VISIBLE_PROJECT, Annotation.class)
                .setParameter("id", annotationId).setParameter("uid", principal.userId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Annotation live(UUID annotationId) {
        if (annotationId == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return Annotation.<Annotation> findByIdOptional(annotationId).filter(found -> found.deletedAt == null)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private Scope scopeOf(Annotation annotation) {
        return new Scope(entityManager.find(Asset.class, annotation.assetId), annotation.accountId);
    }

    /**
     * Write access to an annotation's file. An annotation on a file the reviewer's link or task does not hold is as
     * unknown to them as an id that does not exist: the same 404, so ids of other reviews cannot be told apart.
     */
    private Scope grantedOn(Author author, Annotation annotation) {
        try {
            return granted(author, annotation.assetId, true);
        } catch (NotFoundException e) {
            throw new NotFoundException(NOT_FOUND);
        }
    }

    /**
     * A live file the external reviewer's link or task holds, or 404; {@code write} also requires the grant to allow
     * writing (403 otherwise: the reviewer sees the asset, the review is read-only).
     */
    private Scope granted(Author author, UUID assetId, boolean write) {
        if (assetId == null) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        Asset asset = Asset.<Asset> findByIdOptional(assetId).filter(found -> found.deletedAt == null)
                .orElseThrow(() -> new NotFoundException(AssetService.NOT_FOUND));
        ReviewScopes.Grant grant = reviewScopes.grant(author.reviewer(), asset.id);
        if (grant == ReviewScopes.Grant.NONE) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        if (write && grant != ReviewScopes.Grant.WRITE) {
            throw new ForbiddenException(READ_ONLY_REVIEW);
        }
        UUID accountId = entityManager.createQuery("select p.accountId from Project p where p.id = :id", UUID.class)
                .setParameter("id", asset.projectId).getSingleResult();
        return annotatable(new Scope(asset, accountId));
    }

    /** Only files carry annotations: folders and version stacks have no pages. */
    private static Scope annotatable(Scope scope) {
        if (scope.asset().type != AssetType.file) {
            throw ValidationException.of("assetUID",
                    "Only a file can be annotated; a " + scope.asset().type.name().replace('_', ' ') + " cannot.");
        }
        return scope;
    }

    /**
     * Locks the asset's project for the change, so that it cannot be completed meanwhile and a reply cannot join an
     * annotation being deleted, and checks that the project is still mutable.
     */
    private Scope lockForChange(Scope scope) {
        projectLocks.lockMutable(scope.asset().projectId, NOT_MUTABLE);
        return scope;
    }

    /** The file an annotation is on and the account it belongs to. */
    private record Scope(Asset asset, UUID accountId) {
        EventLog.Subject subject(Author author) {
            return new EventLog.Subject(accountId, asset.projectId, asset.id, author.userId());
        }
    }

    /**
     * Who writes: a user of the account (with the internal task they came through, if any), or an external reviewer
     * with the link or task they came through.
     */
    private record Author(UUID userId, String name, String email, UUID reviewLinkId, UUID taskId) {

        static Author user(UUID userId) {
            return new Author(userId, null, null, null, null);
        }

        static Author external(ExternalReviewer reviewer) {
            if (reviewer.isAssignee()) {
                if (reviewer.taskId() == null || reviewer.reviewLinkId() != null) {
                    throw ValidationException.of("access", "An assignee reviews through their task only.");
                }
                // the user's name and email live in their account, not in the annotation
                return new Author(reviewer.userId(), null, null, null, reviewer.taskId());
            }
            Validator validator = new Validator().required("name", reviewer.name())
                    .maxLength("name", reviewer.name(), MAX_NAME_LENGTH).required("email", reviewer.email())
                    .maxLength("email", reviewer.email(), MAX_EMAIL_LENGTH);
            validator.email("email", reviewer.email());
            if ((reviewer.reviewLinkId() == null) == (reviewer.taskId() == null)) {
                validator.add("access", "Name exactly one of a review link and a task.");
            }
            validator.throwIfInvalid();
            return new Author(null, reviewer.name().trim(), AppUser.normaliseEmail(reviewer.email()),
                    reviewer.reviewLinkId(), reviewer.taskId());
        }

        /** The reviewer as the review sees them, to ask what the review grants. */
        ExternalReviewer reviewer() {
            return new ExternalReviewer(name, email, reviewLinkId, taskId, userId);
        }

        void sign(Annotation annotation) {
            annotation.authorUserId = userId;
            annotation.authorName = name;
            annotation.authorEmail = email;
            annotation.reviewLinkId = reviewLinkId;
            annotation.taskId = taskId;
        }

        /**
         * The same user (through a task's page, only what they wrote through that task: the page opens by link, not by
         * login, so it must not reach what they wrote elsewhere); or the same email through the same link or task.
         */
        boolean wrote(Annotation annotation) {
            if (userId != null) {
                return userId.equals(annotation.authorUserId) && (taskId == null || taskId.equals(annotation.taskId));
            }
            return annotation.authorUserId == null && email.equalsIgnoreCase(annotation.authorEmail)
                    && Objects.equals(reviewLinkId, annotation.reviewLinkId)
                    && Objects.equals(taskId, annotation.taskId);
        }

        Map<String, Object> eventData() {
            if (userId != null && taskId != null) {
                return EventLog.data("UserUID", userId.toString(), "TaskUID", taskId.toString());
            }
            if (userId != null) {
                return EventLog.data("UserUID", userId.toString());
            }
            return EventLog.data("Name", name, "Email", email, "ReviewLinkUID",
                    reviewLinkId == null ? null : reviewLinkId.toString(), "TaskUID",
                    taskId == null ? null : taskId.toString());
        }
    }
}

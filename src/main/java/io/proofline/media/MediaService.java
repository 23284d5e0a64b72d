package io.proofline.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.apache.tika.Tika;
import org.jboss.logging.Logger;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.asset.ProcessingStatus;
import io.proofline.asset.VersionStacks;
import io.proofline.asset.VisibleAssets;
import io.proofline.event.EventLog;
import io.proofline.job.JobQueue;
import io.proofline.media.rendition.Rendered;
import io.proofline.media.rendition.Renditions;
import io.proofline.media.rendition.UnrenderableFileException;
import io.proofline.project.Project;
import io.proofline.project.ProjectLocks;
import io.proofline.project.ProjectService;
import io.proofline.project.ProjectState;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.tenancy.Principal;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Files in projects: an upload streams to the blob store first and then, in one transaction, becomes an asset with its
 * processing job; processing reads the stored bytes (never the name) for the checksum and content type.
 */
@ApplicationScoped
public class MediaService {

    @Inject
    ProjectLocks projectLocks;

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    public static final int MAX_FILENAME_LENGTH = 255;
    static final String MISSING_BLOB = "The uploaded file is missing from storage.";
    public static final String ARCHIVED = "The asset is archived: its project is Archived and its original file is in"
            + " archive storage. Change the project's state to Active to download it.";
    public static final String IN_TRANSIT = "The asset is archived: its project is InTransit, its original file is"
            + " moving to or from archive storage. Try again when the project is Active.";

    @Inject
    EntityManager entityManager;

    @Inject
    AssetTree tree;

    @Inject
    VersionStacks versionStacks;

    @Inject
    VisibleAssets visibleAssets;

    @Inject
    ProjectService projects;

    @Inject
    EventLog events;

    @Inject
    JobQueue jobs;

    @Inject
    BlobStore blobs;

    @Inject
    MediaConfig config;

    @Inject
    Renditions renditions;

    @Inject
    MediaLinks links;

    private final Tika tika = new Tika();

    /** A stored original to send: the asset and the blob's size. */
    public record Original(Asset asset, long size) {
    }

    /**
     * Adds an uploaded file to the project's root folder or, with {@code versionOf}, as the next version of that asset.
     * The spooled file goes to the blob store (moved when it can be) before the transaction, which stays short.
     */
    public Asset upload(Principal principal, UUID projectId, UUID versionOf, Path spooled, String filename)
            throws IOException {
        String name = safeFilename(filename);
        long size = Files.size(spooled);
        if (size == 0) {
            throw ValidationException.of("File", "The file is empty.");
        }
        Project project = projects.find(principal, projectId)
                .orElseThrow(() -> new NotFoundException(ProjectService.NOT_FOUND));
        if (!project.state.isMutable()) {
            throw new ReadOnlyException(ProjectService.NOT_MUTABLE);
        }
        if (versionOf != null) {
            QuarkusTransaction.requiringNew().run(() -> versionTarget(project.id, versionOf));
        }
        UUID assetId = UUID.randomUUID();
        String key = BlobKeys.original(assetId);
        long stored = blobs.putFile(key, spooled);
        try {
            return QuarkusTransaction.requiringNew()
                    .call(() -> create(principal, project, versionOf, assetId, key, name, stored));
        } catch (RuntimeException e) {
            deleteQuietly(List.of(key));
            throw e;
        }
    }

    private Asset create(Principal principal, Project project, UUID versionOf, UUID assetId, String key, String name,
            long size) {
        projectLocks.lockMutable(project.id, ProjectService.NOT_MUTABLE);
        Asset file = tree.newAsset(project.id, AssetType.file, name, principal.userId());
        file.id = assetId;
        file.originalFilename = name;
        file.fileSize = size;
        file.blobKey = key;
        file.processingStatus = ProcessingStatus.Pending;
        file.uploadCompletedAt = Times.now();
        if (versionOf == null) {
            file.versionNumber = 1;
            tree.append(file, project.rootAssetId);
        } else {
            Asset stack = versionStacks.stackOf(versionTarget(project.id, versionOf), principal.userId());
            versionStacks.addVersion(stack, file);
        }
        jobs.enqueue(MediaProcessingJob.TYPE, assetId.toString());
        return file;
    }

    /** The live file or version stack of this project to add a version to, or 404. */
    private Asset versionTarget(UUID projectId, UUID assetId) {
        Asset target = entityManager.find(Asset.class, assetId);
        if (target == null || target.deletedAt != null || !target.projectId.equals(projectId)
                || target.type == AssetType.folder) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return target;
    }

    /** A file the caller sees; a version stack stands for its newest version. */
    public Asset get(Principal principal, UUID assetId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = visible(principal, assetId);
            return asset.type == AssetType.version_stack ? newestVersion(asset) : asset;
        });
    }

    /**
     * The stored original of a file the caller sees, or 404 when there is none; 412 while its project is Archived or
     * InTransit (the original is in archive storage, or on its way).
     */
    public Original original(Principal principal, UUID assetId) throws IOException {
        Asset asset = get(principal, assetId);
        requireNotArchived(asset.projectId);
        if (asset.blobKey == null || !blobs.exists(asset.blobKey)) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return new Original(asset, blobs.size(asset.blobKey));
    }

    /**
     * The original a signed link points to. The signature is the credential (links are handed out only to callers who
     * see the file), so a bad or expired link is a 403 and nothing else is asked.
     */
    public Original linkedOriginal(UUID assetId, String expires, String signature) throws IOException {
        if (!links.verifyOriginal(assetId, expires, signature)) {
            throw new ForbiddenException(MediaLinks.INVALID_LINK);
        }
        Asset asset = QuarkusTransaction.requiringNew().call(() -> entityManager.find(Asset.class, assetId));
        if (asset == null || asset.deletedAt != null || asset.blobKey == null) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        requireNotArchived(asset.projectId);
        if (!blobs.exists(asset.blobKey)) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return new Original(asset, blobs.size(asset.blobKey));
    }

    /** Deletes a file or a version stack with its versions, and then their blobs. */
    public void delete(Principal principal, UUID assetId) {
        List<String> keys = QuarkusTransaction.requiringNew().call(() -> {
            Asset found = visible(principal, assetId);
            UUID accountId = projectLocks.lockMutable(found.projectId, ProjectService.NOT_MUTABLE).accountId();
            Asset asset = entityManager.find(Asset.class, found.id);
            List<String> blobKeys = new ArrayList<>(entityManager
                    .createQuery("select a.blobKey from Asset a where (a.id = :id or a.parentId = :id)"
                            + " and a.blobKey is not null and a.deletedAt is null", String.class)
                    .setParameter("id", asset.id).getResultList());
            entityManager
                    .createQuery("select a.id, a.pagesCount from Asset a where (a.id = :id or a.parentId = :id)"
                            + " and a.previewable = true and a.deletedAt is null", Object[].class)
                    .setParameter("id", asset.id).getResultList()
                    .forEach(row -> blobKeys.addAll(BlobKeys.renditions((UUID) row[0], (Integer) row[1])));
            UUID parentId = asset.parentId;
            tree.delete(asset);
            Asset parent = entityManager.find(Asset.class, parentId);
            if (parent.type == AssetType.version_stack && parent.countAll == 0) {
                // the last version gone: the empty stack goes too
                tree.delete(parent);
            }
            events.record("asset.deleted",
                    new EventLog.Subject(accountId, asset.projectId, asset.id, principal.userId()),
                    EventLog.data("ProjectUID", asset.projectId.toString(), "AssetUID", asset.id.toString(), "Name",
                            asset.name));
            return blobKeys;
        });
        deleteQuietly(keys);
    }

    /**
     * The processing job: checksum and sniffed type from the stored bytes, then thumbnails and previews by that type.
     * Safe to run again.
     */
    public void process(UUID assetId) throws IOException {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            // locked for the same reason as in finish: writing back a row read before a concurrent delete undoes it
            Asset asset = entityManager.find(Asset.class, assetId, LockModeType.PESSIMISTIC_WRITE);
            if (asset == null || asset.deletedAt != null || asset.blobKey == null
                    || asset.processingStatus == ProcessingStatus.Processed) {
                return null;
            }
            asset.processingStatus = ProcessingStatus.Processing;
            asset.updatedAt = Times.now();
            return asset.blobKey;
        });
        if (key == null) {
            return;
        }
        if (!blobs.exists(key)) {
            finish(assetId, null, 0, null, MISSING_BLOB, null);
            return;
        }
        String contentType;
        try (InputStream in = blobs.open(key)) {
            contentType = tika.detect(in);
        }
        MessageDigest md5 = md5();
        long size;
        XxHash64OutputStream xxHash = new XxHash64OutputStream();
        try (InputStream in = new DigestInputStream(blobs.open(key), md5)) {
            size = in.transferTo(xxHash);
        }
        Checksums checksums = new Checksums(HexFormat.of().formatHex(md5.digest()), xxHash.hex());
        Rendered rendered;
        try {
            rendered = renditions.render(assetId, key, contentType);
        } catch (UnrenderableFileException e) {
            finish(assetId, checksums, size, contentType, e.getMessage(), null);
            return;
        }
        finish(assetId, checksums, size, contentType, null, rendered);
    }

    /** Processing gave up for good: the asset shows Failed with the reason. */
    public void failed(UUID assetId, String reason) {
        finish(assetId, null, 0, null, reason == null ? "Processing failed." : reason, null);
    }

    /** Hex digests of the stored bytes, from one pass over them. */
    private record Checksums(String md5, String xxHash) {
    }

    private void finish(UUID assetId, Checksums checksums, long size, String contentType, String failure,
            Rendered rendered) {
        QuarkusTransaction.requiringNew().run(() -> {
            // locked: every column is written back, so an unlocked read would undo a delete or a move into a
            // version stack committed while the file was being processed
            Asset asset = entityManager.find(Asset.class, assetId, LockModeType.PESSIMISTIC_WRITE);
            if (asset == null || asset.deletedAt != null) {
                return;
            }
            String reason = failure;
            if (reason == null && asset.fileSize != null && asset.fileSize != size) {
                reason = "The stored file has " + size + " bytes, the upload had " + asset.fileSize + ".";
            }
            asset.updatedAt = Times.now();
            if (reason != null) {
                asset.processingStatus = ProcessingStatus.Failed;
                asset.failureReason = reason;
                return;
            }
            asset.md5 = checksums.md5();
            asset.xxHash = checksums.xxHash();
            asset.fileSize = size;
            asset.contentType = contentType;
            asset.previewable = rendered.previewable();
            asset.pagesCount = rendered.pages();
            asset.width = rendered.width();
            asset.height = rendered.height();
            asset.colorSpace = rendered.colorSpace();
            asset.processingStatus = ProcessingStatus.Processed;
            asset.failureReason = null;
            UUID accountId = entityManager.createQuery("select p.accountId from Project p where p.id = :id", UUID.class)
                    .setParameter("id", asset.projectId).getSingleResult();
            events.record("asset.uploaded", new EventLog.Subject(accountId, asset.projectId, asset.id, asset.createdBy),
                    EventLog.data("ProjectUID", asset.projectId.toString(), "AssetUID", asset.id.toString(), "Name",
                            asset.name, "Version", asset.versionNumber));
        });
    }

    /** The newest version of a stack, or 404 for an empty stack. */
    private Asset newestVersion(Asset stack) {
        return Optional.ofNullable(versionStacks.newest(List.of(stack.id)).get(stack.id))
                .orElseThrow(() -> new NotFoundException(AssetService.NOT_FOUND));
    }

    /** A live file or version stack in a project the caller sees, or 404. */
    private Asset visible(Principal principal, UUID assetId) {
        Asset asset = visibleAssets.require(principal, assetId).asset();
        if (asset.type == AssetType.folder) {
            throw new NotFoundException(AssetService.NOT_FOUND);
        }
        return asset;
    }

    private void deleteQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (IOException | RuntimeException e) {
                LOG.warnf(e, "Could not delete blob %s", key);
            }
        }
    }

    /**
     * Refuses (412) to serve an original of an Archived or InTransit project: it is in archive storage, or on its way
     * there or back, and a clear answer beats a missing file.
     */
    public void requireNotArchived(UUID projectId) {
        ProjectState state = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select p.state from Project p where p.id = :id", ProjectState.class)
                        .setParameter("id", projectId).getSingleResult());
        if (state == ProjectState.Archived || state == ProjectState.InTransit) {
            throw new StateRuleException(state == ProjectState.Archived ? ARCHIVED : IN_TRANSIT);
        }
    }

    /**
     * The base name of an uploaded file: directories (either slash) are dropped, so "../../etc/passwd" is stored as
     * "passwd"; control characters, an empty name or "." / ".." are refused.
     */
    public static String safeFilename(String filename) {
        if (filename == null || filename.isBlank()) {
            throw ValidationException.of("File", "The file has no name.");
        }
        if (filename.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("File", "The file name must not contain control characters.");
        }
        String normalised = filename.replace('\\', '/');
        String base = normalised.substring(normalised.lastIndexOf('/') + 1).trim();
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            throw ValidationException.of("File", "The file name is not a valid file name.");
        }
        if (base.length() > MAX_FILENAME_LENGTH) {
            throw ValidationException.of("File",
                    "The file name must be at most " + MAX_FILENAME_LENGTH + " characters long.");
        }
        return base;
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long maxUploadSize() {
        return config.maxUploadSize().asLongValue();
    }
}

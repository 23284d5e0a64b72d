package io.proofline.media.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetService;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.asset.ProcessingStatus;
import io.proofline.event.EventLog;
import io.proofline.job.JobQueue;
import io.proofline.media.MediaConfig;
import io.proofline.media.MediaLinks;
import io.proofline.media.MediaProcessingJob;
import io.proofline.media.MediaService;
import io.proofline.project.ProjectLocks;
import io.proofline.project.ProjectService;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.storage.DirectUploads;
import io.proofline.system.ConflictException;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;
import io.proofline.tenancy.Principal;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Placeholder files whose bytes arrive later in parts (Frame.io's upload flow). Parts come through Proofline's signed
 * URLs and are kept as temporary blobs, or go straight to a store that implements {@link DirectUploads}. Whether the
 * upload is complete is decided in the database, under a lock on the upload's row, so exactly one request (or check)
 * starts the assembly even when the last two parts land on two replicas at the same moment. The assembly itself is a
 * durable job: it survives restarts and does not hold the client's last request open.
 */
@ApplicationScoped
public class PlaceholderUploads {

    private static final Logger LOG = Logger.getLogger(PlaceholderUploads.class);

    public static final String NOT_FOUND = "Upload not found.";
    public static final String PART_NOT_FOUND = "Upload part not found.";
    public static final String ALREADY_COMPLETE = "The upload is already complete.";
    static final String EXPIRED = "The upload was not completed before its upload URLs expired.";
    static final long MIN_DIRECT_PART_SIZE = 5L * 1024 * 1024;
    private static final String DEFAULT_TYPE = "application/octet-stream";
    private static final Pattern MEDIA_TYPE = Pattern
            .compile("[A-Za-z0-9!#$&^_.+-]{1,127}/[A-Za-z0-9!#$&^_.+-]{1,127}(\\s*;.*)?");

    @Inject
    EntityManager entityManager;

    @Inject
    AssetService assets;

    @Inject
    AssetTree tree;

    @Inject
    MediaService media;

    @Inject
    ProjectLocks projectLocks;

    @Inject
    EventLog events;

    @Inject
    JobQueue jobs;

    @Inject
    BlobStore blobs;

    @Inject
    MediaLinks links;

    @Inject
    MediaConfig config;

    /** A new placeholder and the URLs its parts go to, in part order. */
    public record Created(Asset asset, List<String> uploadUrls) {
    }

    /** Creates a placeholder file last in a folder, with {@code upload_urls} for its parts. */
    public Created create(Principal principal, UUID parentId, String name, String filetype, Long filesize) {
        String fileName = validFileName(name);
        String contentType = validContentType(filetype);
        long size = validSize(filesize);
        Asset parent = assets.get(principal, parentId);
        if (parent.type != AssetType.folder) {
            throw ValidationException.of("parent", "Files can only be created inside a folder.");
        }
        UUID assetId = UUID.randomUUID();
        String key = BlobKeys.original(assetId);
        DirectUploads direct = direct();
        PartPlan plan = direct == null ? PartPlan.of(size, partSize())
                : PartPlan.of(size, partSize(), MIN_DIRECT_PART_SIZE);
        String directUploadId = direct == null ? null : direct.start(key, contentType);
        try {
            Asset file = QuarkusTransaction.requiringNew().call(() -> {
                UUID accountId = projectLocks.lockMutable(parent.projectId, ProjectService.NOT_MUTABLE).accountId();
                Asset folder = entityManager.find(Asset.class, parent.id);
                if (folder.deletedAt != null) {
                    throw new NotFoundException(AssetService.NOT_FOUND);
                }
                Asset created = tree.newAsset(folder.projectId, AssetType.file, fileName, principal.userId());
                created.id = assetId;
                created.originalFilename = fileName;
                created.fileSize = size;
                created.contentType = contentType;
                created.processingStatus = ProcessingStatus.Pending;
                created.versionNumber = 1;
                tree.append(created, folder.id);
                PlaceholderUpload upload = new PlaceholderUpload();
                upload.assetId = assetId;
                upload.fileSize = size;
                upload.partSize = plan.partSize();
                upload.partCount = plan.partCount();
                upload.contentType = contentType;
                upload.directUploadId = directUploadId;
                upload.createdAt = Times.now();
                upload.expiresAt = upload.createdAt.plus(config.uploadUrlTtl());
                upload.persist();
                events.record("file.created",
                        new EventLog.Subject(accountId, created.projectId, created.id, principal.userId()),
                        EventLog.data("ProjectUID", created.projectId.toString(), "AssetUID", created.id.toString(),
                                "ParentUID", folder.id.toString(), "Name", created.name, "FileSize", size));
                return created;
            });
            List<String> urls = IntStream.rangeClosed(1, plan.partCount())
                    .mapToObj(part -> direct == null ? links.uploadPart(assetId, part)
                            : direct.partUrl(key, directUploadId, part, config.uploadUrlTtl()).toString())
                    .toList();
            return new Created(file, urls);
        } catch (RuntimeException e) {
            if (direct != null) {
                direct.abort(key, directUploadId);
            }
            throw e;
        }
    }

    /**
     * Stores one part sent to a signed upload URL; the signature is the only credential. A part of the wrong size is
     * refused before it can spoil anything; sending a part again replaces it. The part that completes the set starts
     * the assembly.
     */
    public void receivePart(UUID assetId, int partNumber, String expires, String signature, Long contentLength,
            InputStream body) throws IOException {
        if (!links.verifyUploadPart(assetId, partNumber, expires, signature)) {
            throw new ForbiddenException(MediaLinks.INVALID_LINK);
        }
        PlaceholderUpload upload = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(PlaceholderUpload.class, assetId));
        if (upload == null || upload.directUploadId != null) {
            throw new NotFoundException(NOT_FOUND);
        }
        if (upload.completingAt != null) {
            throw new ConflictException(ALREADY_COMPLETE);
        }
        PartPlan plan = upload.plan();
        if (!plan.hasPart(partNumber)) {
            throw new NotFoundException(PART_NOT_FOUND);
        }
        long expected = plan.sizeOf(partNumber);
        if (contentLength != null && contentLength != expected) {
            throw wrongSize(partNumber, expected);
        }
        String key = BlobKeys.uploadPart(assetId, partNumber, UUID.randomUUID());
        long stored;
        try {
            stored = blobs.put(key, new SizeLimitedInputStream(body, expected));
        } catch (SizeLimitedInputStream.TooLongException e) {
            throw wrongSize(partNumber, expected);
        }
        if (stored != expected) {
            deleteQuietly(List.of(key));
            throw wrongSize(partNumber, expected);
        }
        List<String> replaced;
        try {
            replaced = QuarkusTransaction.requiringNew().call(() -> recordPart(assetId, partNumber, expected, key));
        } catch (RuntimeException e) {
            deleteQuietly(List.of(key));
            throw e;
        }
        deleteQuietly(replaced);
    }

    /** Records a stored part under the upload's lock; returns blobs no longer needed. */
    private List<String> recordPart(UUID assetId, int partNumber, long size, String key) {
        PlaceholderUpload upload = entityManager.find(PlaceholderUpload.class, assetId, LockModeType.PESSIMISTIC_WRITE);
        if (upload == null || upload.completingAt != null) {
            throw new ConflictException(ALREADY_COMPLETE);
        }
        List<String> replaced = partKeys(assetId, partNumber);
        if (replaced.isEmpty()) {
            entityManager
                    .createNativeQuery("insert into file_upload_part (asset_id, part_number, part_size, blob_key,"
                            + " received_at) values (:asset, :part, :size, :key, :now)")
                    .setParameter("asset", assetId).setParameter("part", partNumber).setParameter("size", size)
                    .setParameter("key", key).setParameter("now", Times.now()).executeUpdate();
        } else {
            entityManager
                    .createNativeQuery("update file_upload_part set blob_key = :key, part_size = :size,"
                            + " received_at = :now where asset_id = :asset and part_number = :part")
                    .setParameter("asset", assetId).setParameter("part", partNumber).setParameter("size", size)
                    .setParameter("key", key).setParameter("now", Times.now()).executeUpdate();
        }
        long received = ((Number) entityManager
                .createNativeQuery("select count(*) from file_upload_part where asset_id = :asset")
                .setParameter("asset", assetId).getSingleResult()).longValue();
        if (received == upload.partCount) {
            startAssembly(upload);
        }
        return replaced;
    }

    /**
     * The explicit completion call: starts the assembly when every part is there (a 409 names the missing ones).
     * Calling it again, or after the last part already completed the upload, changes nothing.
     */
    public Asset complete(Principal principal, UUID assetId) {
        Asset asset = assets.get(principal, assetId);
        if (asset.type != AssetType.file) {
            throw ValidationException.of("id", "Only a file can be completed.");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            PlaceholderUpload upload = entityManager.find(PlaceholderUpload.class, assetId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (upload == null) {
                // gone either way: assembled (the original is there) or dropped when its URLs expired
                if (entityManager.find(Asset.class, assetId).uploadCompletedAt == null) {
                    throw new ConflictException(EXPIRED);
                }
                return;
            }
            if (upload.completingAt != null) {
                return;
            }
            Set<Integer> missing = missingParts(upload);
            if (!missing.isEmpty()) {
                throw new ConflictException("The upload is missing parts: "
                        + missing.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "))
                        + (missing.size() > 20 ? ", …" : "") + ".");
            }
            startAssembly(upload);
        });
        return assets.get(principal, assetId);
    }

    /**
     * The periodic check: uploads sent straight to the store are complete when the store has every part (the client
     * tells Proofline nothing), and uploads whose URLs expired unfinished are dropped.
     */
    public void checkOpenUploads() {
        Instant now = Times.now();
        DirectUploads direct = direct();
        if (direct != null) {
            List<PlaceholderUpload> open = QuarkusTransaction.requiringNew()
                    .call(() -> PlaceholderUpload.<PlaceholderUpload> find(
                            "completingAt is null and directUploadId is not null and expiresAt > ?1 order by createdAt",
                            now).page(0, 100).list());
            for (PlaceholderUpload upload : open) {
                try {
                    if (direct.uploadedParts(BlobKeys.original(upload.assetId), upload.directUploadId)
                            .size() >= upload.partCount) {
                        QuarkusTransaction.requiringNew().run(() -> {
                            PlaceholderUpload locked = entityManager.find(PlaceholderUpload.class, upload.assetId,
                                    LockModeType.PESSIMISTIC_WRITE);
                            if (locked != null && locked.completingAt == null && missingParts(locked).isEmpty()) {
                                startAssembly(locked);
                            }
                        });
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not check the upload of asset %s", upload.assetId);
                }
            }
        }
        List<UUID> expired = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createQuery(
                        "select u.assetId from PlaceholderUpload u"
                                + " where u.completingAt is null and u.expiresAt <= :now order by u.expiresAt",
                        UUID.class).setParameter("now", now).setMaxResults(100).getResultList());
        for (UUID assetId : expired) {
            expire(assetId, now);
        }
    }

    private void expire(UUID assetId, Instant now) {
        PlaceholderUpload dropped = QuarkusTransaction.requiringNew().call(() -> {
            PlaceholderUpload upload = entityManager.find(PlaceholderUpload.class, assetId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (upload == null || upload.completingAt != null || upload.expiresAt.isAfter(now)) {
                return null;
            }
            Asset asset = entityManager.find(Asset.class, assetId);
            if (asset.deletedAt == null) {
                asset.processingStatus = ProcessingStatus.Failed;
                asset.failureReason = EXPIRED;
                asset.updatedAt = now;
            }
            return upload;
        });
        if (dropped != null) {
            dropUpload(dropped);
        }
    }

    /** Marks the upload as completing and queues its assembly; the caller holds the row's lock. */
    private void startAssembly(PlaceholderUpload upload) {
        upload.completingAt = Times.now();
        jobs.enqueue(UploadAssemblyJob.TYPE, upload.assetId.toString());
    }

    /**
     * The assembly job: joins the parts, in order and streaming, into the original (or has the store join them), then
     * the file joins the processing queue. Safe to run again: the upload row goes away only with the last step.
     */
    public void assemble(UUID assetId) throws IOException {
        PlaceholderUpload upload = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(PlaceholderUpload.class, assetId));
        if (upload == null) {
            return;
        }
        String key = BlobKeys.original(assetId);
        if (upload.directUploadId != null) {
            if (!blobs.exists(key) || blobs.size(key) != upload.fileSize) {
                direct().complete(key, upload.directUploadId);
            }
        } else {
            List<String> parts = QuarkusTransaction.requiringNew().call(() -> partKeys(assetId, null));
            if (parts.size() != upload.partCount) {
                throw new IllegalStateException(
                        "The upload of " + assetId + " has " + parts.size() + " of " + upload.partCount + " parts");
            }
            try (InputStream joined = new SequenceInputStream(opening(parts))) {
                blobs.put(key, joined);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        boolean deleted = QuarkusTransaction.requiringNew().call(() -> {
            PlaceholderUpload locked = entityManager.find(PlaceholderUpload.class, assetId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (locked == null) {
                return false;
            }
            Asset asset = entityManager.find(Asset.class, assetId);
            if (asset.deletedAt != null) {
                return true;
            }
            asset.blobKey = key;
            asset.uploadCompletedAt = Times.now();
            asset.updatedAt = asset.uploadCompletedAt;
            asset.processingStatus = ProcessingStatus.Pending;
            jobs.enqueue(MediaProcessingJob.TYPE, assetId.toString());
            return false;
        });
        if (deleted) {
            deleteQuietly(List.of(key));
        }
        dropUpload(upload);
    }

    /** The assembly failed for good: the file shows Failed, its parts go. */
    public void assemblyFailed(UUID assetId, String reason) {
        media.failed(assetId, "Assembling the upload failed: " + reason);
        PlaceholderUpload upload = QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(PlaceholderUpload.class, assetId));
        if (upload != null) {
            dropUpload(upload);
        }
    }

    /** Removes the upload's rows, its part blobs and any multipart upload left in the store. */
    private void dropUpload(PlaceholderUpload upload) {
        List<String> parts = QuarkusTransaction.requiringNew().call(() -> {
            List<String> keys = partKeys(upload.assetId, null);
            entityManager.createNativeQuery("delete from file_upload_part where asset_id = :asset")
                    .setParameter("asset", upload.assetId).executeUpdate();
            entityManager.createNativeQuery("delete from file_upload where asset_id = :asset")
                    .setParameter("asset", upload.assetId).executeUpdate();
            return keys;
        });
        deleteQuietly(parts);
        if (upload.directUploadId != null && upload.completingAt == null) {
            try {
                direct().abort(BlobKeys.original(upload.assetId), upload.directUploadId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not abort the upload of asset %s", upload.assetId);
            }
        }
    }

    private Set<Integer> missingParts(PlaceholderUpload upload) {
        Set<Integer> received;
        if (upload.directUploadId != null) {
            received = direct().uploadedParts(BlobKeys.original(upload.assetId), upload.directUploadId);
        } else {
            received = new TreeSet<>();
            for (Object part : entityManager
                    .createNativeQuery("select part_number from file_upload_part where asset_id = :asset")
                    .setParameter("asset", upload.assetId).getResultList()) {
                received.add(((Number) part).intValue());
            }
        }
        Set<Integer> missing = new TreeSet<>();
        for (int part = 1; part <= upload.partCount; part++) {
            if (!received.contains(part)) {
                missing.add(part);
            }
        }
        return missing;
    }

    /** Blob keys of the received parts in part order, or of one part. */
    private List<String> partKeys(UUID assetId, Integer partNumber) {
        var query = entityManager.createNativeQuery(
                "select blob_key from file_upload_part where asset_id = :asset"
                        + (partNumber == null ? "" : " and part_number = :part") + " order by part_number",
                String.class).setParameter("asset", assetId);
        if (partNumber != null) {
            query.setParameter("part", partNumber);
        }
        List<String> keys = new ArrayList<>();
        for (Object key : query.getResultList()) {
            keys.add((String) key);
        }
        return keys;
    }

    /** The parts one after the other, each opened only when the one before is used up. */
    private Enumeration<InputStream> opening(List<String> keys) {
        Iterator<String> next = keys.iterator();
        return new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                try {
                    return blobs.open(next.next());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private DirectUploads direct() {
        return blobs instanceof DirectUploads direct ? direct : null;
    }

    private long partSize() {
        return config.uploadPartSize().asLongValue();
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

    private static ValidationException wrongSize(int partNumber, long expected) {
        return ValidationException.of("part", "Part " + partNumber + " must be exactly " + expected + " bytes.");
    }

    /**
     * A file name as the tree face takes it: a plain name, never a path. Unlike the multipart upload (which keeps the
     * base name of whatever path a browser sends), a client that names a placeholder "../x" is told so.
     */
    static String validFileName(String name) {
        Validator validator = new Validator().required("name", name).maxLength("name", name,
                MediaService.MAX_FILENAME_LENGTH);
        validator.throwIfInvalid();
        String trimmed = name.trim();
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            validator.add("name", "'name' must not contain control characters.");
        }
        if (trimmed.contains("/") || trimmed.contains("\\")) {
            validator.add("name", "'name' must be a file name, not a path.");
        }
        if (trimmed.equals(".") || trimmed.equals("..")) {
            validator.add("name", "'name' is not a valid file name.");
        }
        validator.throwIfInvalid();
        return trimmed;
    }

    private static String validContentType(String filetype) {
        if (filetype == null || filetype.isBlank()) {
            return DEFAULT_TYPE;
        }
        Validator validator = new Validator().maxLength("filetype", filetype, 255);
        if (!MEDIA_TYPE.matcher(filetype.trim()).matches()) {
            validator.add("filetype", "'filetype' must be a media type such as image/png.");
        }
        validator.throwIfInvalid();
        return filetype.trim();
    }

    private long validSize(Long filesize) {
        if (filesize == null) {
            throw ValidationException.of("filesize", "'filesize' must not be empty.");
        }
        if (filesize <= 0) {
            throw ValidationException.of("filesize", "'filesize' must be greater than 0.");
        }
        if (filesize > media.maxUploadSize()) {
            throw ValidationException.of("filesize", "'filesize' must be at most " + media.maxUploadSize() + " bytes.");
        }
        return filesize;
    }
}

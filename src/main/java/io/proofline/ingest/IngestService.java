package io.proofline.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.asset.ProcessingStatus;
import io.proofline.event.EventLog;
import io.proofline.job.JobQueue;
import io.proofline.media.MediaProcessingJob;
import io.proofline.media.MediaService;
import io.proofline.project.Project;
import io.proofline.project.ProjectLocks;
import io.proofline.project.ProjectService;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.storage.ImportBucket;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.tenancy.AppUser;
import io.proofline.tenancy.Principal;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Assets made by integrators (the ingest seed): placeholders, articles, and files imported from a URL or from the
 * import bucket. The asset is created at once; an import runs as a durable job that stores the file and then hands it
 * to the normal processing job. A failed import leaves the asset Failed with the reason.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    public static final String PROJECT_NOT_FOUND = "project not found";
    public static final String ASSET_NOT_FOUND = "asset not found";
    static final String NOT_AN_HTTP_URL = "not a valid HTTP URL";
    static final String S3_NOT_CONFIGURED = "S3 import is not configured";
    static final String S3_OBJECT_MISSING = "S3 object not found";

    @Inject
    ProjectLocks projectLocks;

    @Inject
    EntityManager entityManager;

    @Inject
    ProjectService projects;

    @Inject
    AssetTree tree;

    @Inject
    EventLog events;

    @Inject
    JobQueue jobs;

    @Inject
    BlobStore blobs;

    @Inject
    ImportBucket importBucket;

    @Inject
    MediaService media;

    @Inject
    ObjectMapper json;

    /** Where an asset's media comes from: a URL or a key in the import bucket, and the file's name. */
    public record MediaSource(String url, String s3Key, String filename) {

        public static MediaSource url(String url, String filename) {
            return new MediaSource(url, null, filename);
        }

        public static MediaSource s3(String key, String filename) {
            return new MediaSource(null, key, filename);
        }
    }

    /** What the ingest face creates; {@code media} is null for a placeholder or an article. */
    public record NewAsset(String title, String description, String category, List<String> tags, String externalId,
            boolean article, MediaSource media) {
    }

    /** An asset as the ingest face shows it, with what it needs from outside the asset row. */
    public record Ingested(Asset asset, List<String> tags, String ownerEmail, boolean atProjectTop) {
    }

    /** The job payload of an import. */
    record ImportPayload(String asset, String url, String key) {
    }

    /** 404 unless the project exists and the caller sees it. */
    public void requireProject(Principal principal, UUID projectId) {
        projects.find(principal, projectId).orElseThrow(() -> new NotFoundException(PROJECT_NOT_FOUND));
    }

    /**
     * Creates the asset at the top of the project. When its media cannot even be started (not an HTTP URL, no import
     * bucket, no such object) the asset stays and a {@link MediaNotAddedException} says why, as the seed does.
     */
    public Ingested create(Principal principal, UUID projectId, NewAsset input) {
        Project project = projects.find(principal, projectId)
                .orElseThrow(() -> new NotFoundException(PROJECT_NOT_FOUND));
        String failure = input.media() == null ? null : mediaProblem(input.media());
        MediaSource media = failure == null ? input.media() : null;
        Ingested created = QuarkusTransaction.requiringNew().call(() -> persist(principal, project.id, input, media));
        if (failure != null) {
            throw new MediaNotAddedException(created.asset().id, failure);
        }
        return created;
    }

    /** Why the media cannot be imported at all, or null when the import may start. */
    private String mediaProblem(MediaSource source) {
        if (source.url() != null) {
            return UrlDownloader.httpUrl(source.url()).isEmpty() ? NOT_AN_HTTP_URL : null;
        }
        if (!importBucket.configured()) {
            return S3_NOT_CONFIGURED;
        }
        try (InputStream probe = importBucket.open(source.s3Key())) {
            return null;
        } catch (FileNotFoundException e) {
            return S3_OBJECT_MISSING;
        } catch (IOException e) {
            // the bucket may be back soon: the import job retries and reports a lasting failure on the asset
            LOG.warnf(e, "Could not check import object %s", source.s3Key());
            return null;
        }
    }

    private Ingested persist(Principal principal, UUID projectId, NewAsset input, MediaSource source) {
        ProjectLocks.Locked project = projectLocks.lockMutable(projectId, ProjectService.NOT_MUTABLE);
        UUID accountId = project.accountId();
        UUID rootId = project.rootAssetId();
        if (input.externalId() != null && entityManager
                .createQuery("select count(a) from Asset a where a.projectId = :project and a.externalId = :external"
                        + " and a.deletedAt is null", Long.class)
                .setParameter("project", projectId).setParameter("external", input.externalId())
                .getSingleResult() > 0) {
            throw new ExternalIdTakenException();
        }
        Asset asset = tree.newAsset(projectId, AssetType.file, input.title(), principal.userId());
        asset.description = input.description();
        asset.category = input.category() == null ? null : input.category().toLowerCase(Locale.ROOT);
        asset.tags = new ArrayList<>(input.tags() == null ? List.of() : input.tags());
        asset.externalId = input.externalId();
        asset.article = input.article();
        if (source != null) {
            asset.originalFilename = source.filename();
            asset.processingStatus = ProcessingStatus.Pending;
        }
        tree.append(asset, rootId);
        if (source != null) {
            boolean fromUrl = source.url() != null;
            jobs.enqueue(fromUrl ? UrlImportJob.TYPE : S3ImportJob.TYPE,
                    payload(new ImportPayload(asset.id.toString(), source.url(), source.s3Key())));
        }
        events.record("asset.created", new EventLog.Subject(accountId, projectId, asset.id, principal.userId()),
                EventLog.data("ProjectUID", projectId.toString(), "AssetUID", asset.id.toString(), "Name", asset.name,
                        "ExternalID", asset.externalId));
        return view(asset, rootId);
    }

    /** A file of the project, as the ingest face shows it; 404 for anything else. */
    public Ingested get(Principal principal, UUID projectId, UUID assetId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = projects.find(principal, projectId)
                    .orElseThrow(() -> new NotFoundException(PROJECT_NOT_FOUND));
            Asset asset = assetId == null ? null : entityManager.find(Asset.class, assetId);
            if (asset == null || asset.deletedAt != null || !asset.projectId.equals(project.id)
                    || asset.type != AssetType.file) {
                throw new NotFoundException(ASSET_NOT_FOUND);
            }
            return view(asset, project.rootAssetId);
        });
    }

    private Ingested view(Asset asset, UUID rootId) {
        AppUser owner = asset.createdBy == null ? null : AppUser.findById(asset.createdBy);
        return new Ingested(asset, List.copyOf(asset.tags), owner == null ? null : owner.email,
                rootId.equals(asset.parentId));
    }

    // --- the import jobs' side

    ImportPayload parsePayload(String payload) throws JsonProcessingException {
        return json.readValue(payload, ImportPayload.class);
    }

    private String payload(ImportPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The blob key to import into, or null when there is nothing to do: the asset is gone, or an earlier run of the job
     * already stored its file.
     */
    String importTarget(UUID assetId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = entityManager.find(Asset.class, assetId);
            if (asset == null || asset.deletedAt != null || asset.blobKey != null
                    || asset.processingStatus != ProcessingStatus.Pending) {
                return null;
            }
            return BlobKeys.original(asset.id);
        });
    }

    /** An import job stored the file: processing starts, or the asset fails when the file is empty. */
    void stored(UUID assetId, String key, long size) {
        if (size == 0) {
            importFailed(assetId, key, "The file is empty.");
        } else {
            imported(assetId, key, size);
        }
    }

    /** An import job gave up after its last attempt. */
    void gaveUp(String payload, String reason) {
        try {
            importFailed(UUID.fromString(parsePayload(payload).asset()), null, reason);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable import job payload", e);
        }
    }

    private void imported(UUID assetId, String key, long size) {
        boolean kept = QuarkusTransaction.requiringNew().call(() -> {
            Asset asset = entityManager.find(Asset.class, assetId);
            if (asset == null || asset.deletedAt != null) {
                return false;
            }
            asset.blobKey = key;
            asset.fileSize = size;
            asset.updatedAt = Times.now();
            asset.uploadCompletedAt = asset.updatedAt;
            jobs.enqueue(MediaProcessingJob.TYPE, assetId.toString());
            return true;
        });
        if (!kept) {
            deleteQuietly(key);
        }
    }

    /** The import cannot succeed: the asset shows Failed with the reason. */
    void importFailed(UUID assetId, String key, String reason) {
        if (key != null) {
            deleteQuietly(key);
        }
        media.failed(assetId, "Import failed: " + reason);
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not delete blob %s", key);
        }
    }

    /** For the ingest face's views: which media an asset has. */
    public static String mediaType(Asset asset) {
        if (asset.article) {
            return "article";
        }
        if (asset.processingStatus == null) {
            return "placeholder";
        }
        return switch (asset.processingStatus) {
            case Pending, Processing -> "processing";
            case Failed -> "failed";
            case Processed -> kindOf(asset.contentType);
        };
    }

    private static String kindOf(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return "image";
        }
        if (type.startsWith("video/")) {
            return "video";
        }
        if (type.startsWith("audio/")) {
            return "audio";
        }
        if (type.equals("application/pdf") || type.equals("application/postscript")
                || type.equals("application/illustrator")) {
            return "document";
        }
        return "file";
    }
}

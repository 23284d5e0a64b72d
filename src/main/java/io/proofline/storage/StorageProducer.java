package io.proofline.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.proofline.system.ServerSettings;
import io.quarkus.runtime.StartupEvent;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Chooses the blob store, its archive and the import bucket from run-time configuration. The S3 client is looked up
 * only when S3 is configured, so the embedded default needs no S3 settings at all. The beans are {@code @Singleton} (no
 * client proxy): callers may ask the store whether it also offers {@link DirectUploads}.
 */
@ApplicationScoped
public class StorageProducer {

    private static final Logger LOG = Logger.getLogger(StorageProducer.class);

    @Inject
    StorageConfig config;

    @Inject
    ServerSettings settings;

    @Inject
    Instance<S3Client> s3;

    @Inject
    Instance<S3Presigner> presigner;

    @Produces
    @Singleton
    BlobStore blobStore() {
        return switch (config.type()) {
            case local -> new LocalBlobStore(settings.dataDir().resolve("blobs"));
            case s3 -> new S3BlobStore(s3.get(), presigner.get(),
                    config.bucket().orElseThrow(
                            () -> new IllegalStateException("proofline.storage.bucket is required with S3 storage")),
                    config.keyPrefix().orElse(""), config.partSize().asLongValue());
        };
    }

    @Produces
    @Singleton
    BlobArchive blobArchive(BlobStore store) {
        StorageConfig.Archive archive = config.archive();
        if (store instanceof S3BlobStore s3Store) {
            return new S3BlobArchive(s3.get(), s3Store, archive.bucket().orElse(s3Store.bucket()),
                    archive.keyPrefix().orElse(config.keyPrefix().orElse("") + BlobKeys.ARCHIVE_PREFIX),
                    archive.storageClass().orElse(null), archive.restoreDays(), archive.restoreTier());
        }
        Path blobs = settings.dataDir().resolve("blobs");
        Path directory = archive.directory().map(Path::of).orElse(settings.dataDir().resolve("archive"))
                .toAbsolutePath().normalize();
        if (directory.startsWith(blobs) || blobs.startsWith(directory)) {
            throw new IllegalStateException("proofline.storage.archive.directory must lie outside " + blobs);
        }
        return new CopyingBlobArchive(store, new LocalBlobStore(directory));
    }

    @Produces
    @Singleton
    ImportBucket importBucket() {
        return config.importBucket()
                .<ImportBucket> map(bucket -> new S3ImportBucket(s3.get(), bucket, config.importKeyPrefix().orElse("")))
                .orElseGet(UnconfiguredImportBucket::new);
    }

    /** Builds the beans at start, so a storage misconfiguration stops the server instead of the first upload. */
    void check(@Observes StartupEvent start, BlobStore store, BlobArchive archive, ImportBucket imports) {
        LOG.infof("Blob store: %s; S3 import %s", config.type(), imports.configured() ? "on" : "off");
    }
}

package io.proofline.storage;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where blobs live. The S3 connection itself (endpoint, path-style access, region, credentials) is the Amazon S3
 * extension's {@code quarkus.s3.*} configuration, shared by the blob store, the archive and the import bucket.
 */
@ConfigMapping(prefix = "proofline.storage")
public interface StorageConfig {

    enum Type {
        local, s3
    }

    /** The blob store: {@code local} (files under the data directory) or {@code s3}. */
    @WithDefault("local")
    Type type();

    /** The bucket originals and renditions are kept in (required with type s3). */
    Optional<String> bucket();

    /** Prepended to every key in that bucket, e.g. {@code proofline/}. */
    Optional<String> keyPrefix();

    /** Size of one part of a multipart upload to S3, and the largest blob stored with a single PUT (at least 5M). */
    @WithDefault("8M")
    MemorySize partSize();

    /** The bucket integrators put files in for the ingest face's S3 import; S3 import is off without it. */
    Optional<String> importBucket();

    /** Prepended to the {@code s3_key} of an S3 import. */
    Optional<String> importKeyPrefix();

    Archive archive();

    /** Where originals of Archived projects are kept. */
    interface Archive {

        /** Local store: the directory archived originals move to (default {@code <data-dir>/archive}). */
        Optional<String> directory();

        /** S3 store: the bucket archived originals move to (default: the store's bucket). */
        Optional<String> bucket();

        /** S3 store: prepended to archived keys (default: the store's key prefix followed by {@code archive/}). */
        Optional<String> keyPrefix();

        /** S3 store: the storage class of archived copies, e.g. STANDARD_IA, GLACIER_IR, GLACIER, DEEP_ARCHIVE. */
        Optional<String> storageClass();

        /** S3 store: for GLACIER and DEEP_ARCHIVE, how long a restored copy stays readable, in days. */
        @WithDefault("7")
        int restoreDays();

        /** S3 store: for GLACIER and DEEP_ARCHIVE, the retrieval tier (Expedited, Standard, Bulk). */
        @WithDefault("Standard")
        String restoreTier();

        /** How long to wait before checking again whether objects thawing from a cold storage class are readable. */
        @WithDefault("15m")
        Duration restoreCheckInterval();
    }
}

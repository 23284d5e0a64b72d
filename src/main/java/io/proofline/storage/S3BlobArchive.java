package io.proofline.storage;

import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.StorageClass;
import software.amazon.awssdk.services.s3.model.Tier;

/**
 * The S3 store's archive: another bucket and/or key prefix, optionally in a colder storage class. Objects are copied
 * inside S3 (CopyObject, or UploadPartCopy above 5 GiB), never through Proofline.
 */
public class S3BlobArchive implements BlobArchive {

    /** The largest object one CopyObject may copy. */
    static final long MAX_SINGLE_COPY = 5L * 1024 * 1024 * 1024;
    private static final long COPY_PART_SIZE = 1024L * 1024 * 1024;

    private final S3Client s3;
    private final S3BlobStore live;
    private final String bucket;
    private final String prefix;
    private final StorageClass storageClass;
    private final int restoreDays;
    private final Tier restoreTier;

    public S3BlobArchive(S3Client s3, S3BlobStore live, String bucket, String prefix, String storageClass,
            int restoreDays, String restoreTier) {
        this.s3 = s3;
        this.live = live;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.storageClass = storageClass == null ? null : StorageClass.fromValue(storageClass);
        if (this.storageClass == StorageClass.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("Unknown S3 storage class " + storageClass);
        }
        this.restoreDays = restoreDays;
        this.restoreTier = Tier.fromValue(restoreTier);
        if (this.restoreTier == Tier.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("Unknown S3 restore tier " + restoreTier);
        }
        if (bucket.equals(live.bucket()) && live.objectKey("k").equals(this.prefix + "k")) {
            throw new IllegalArgumentException(
                    "The archive must differ from the blob store in its bucket or its key prefix");
        }
    }

    @Override
    public void archive(String key) {
        String liveKey = live.objectKey(key);
        if (size(live.bucket(), liveKey) < 0) {
            return;
        }
        String archiveKey = archiveKey(key);
        if (size(bucket, archiveKey) < 0) {
            copy(live.bucket(), liveKey, bucket, archiveKey, storageClass);
        }
        s3.deleteObject(request -> request.bucket(live.bucket()).key(liveKey));
    }

    @Override
    public boolean restore(String key) {
        String archiveKey = archiveKey(key);
        if (size(bucket, archiveKey) < 0) {
            return true;
        }
        String liveKey = live.objectKey(key);
        if (size(live.bucket(), liveKey) < 0) {
            try {
                copy(bucket, archiveKey, live.bucket(), liveKey, null);
            } catch (S3Exception e) {
                if (!"InvalidObjectState".equals(errorCode(e))) {
                    throw e;
                }
                requestRestore(archiveKey);
                return false;
            }
        }
        s3.deleteObject(request -> request.bucket(bucket).key(archiveKey));
        return true;
    }

    @Override
    public boolean archived(String key) {
        return size(bucket, archiveKey(key)) >= 0;
    }

    String archiveKey(String key) {
        return prefix + BlobKeys.check(key);
    }

    /** Asks S3 to thaw an object of a cold storage class; a restore already under way is fine. */
    private void requestRestore(String archiveKey) {
        try {
            s3.restoreObject(request -> request.bucket(bucket).key(archiveKey).restoreRequest(
                    restore -> restore.days(restoreDays).glacierJobParameters(job -> job.tier(restoreTier))));
        } catch (S3Exception e) {
            if (!"RestoreAlreadyInProgress".equals(errorCode(e))) {
                throw e;
            }
        }
    }

    private void copy(String fromBucket, String fromKey, String toBucket, String toKey, StorageClass toClass) {
        long size = size(fromBucket, fromKey);
        if (size <= MAX_SINGLE_COPY) {
            s3.copyObject(request -> request.sourceBucket(fromBucket).sourceKey(fromKey).destinationBucket(toBucket)
                    .destinationKey(toKey).storageClass(toClass));
            return;
        }
        String uploadId = s3.createMultipartUpload(request -> request.bucket(toBucket).key(toKey).storageClass(toClass))
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (long offset = 0; offset < size; offset += COPY_PART_SIZE) {
                int partNumber = parts.size() + 1;
                String range = "bytes=" + offset + "-" + (Math.min(size, offset + COPY_PART_SIZE) - 1);
                String etag = s3.uploadPartCopy(
                        request -> request.sourceBucket(fromBucket).sourceKey(fromKey).destinationBucket(toBucket)
                                .destinationKey(toKey).uploadId(uploadId).partNumber(partNumber).copySourceRange(range))
                        .copyPartResult().eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            s3.completeMultipartUpload(request -> request.bucket(toBucket).key(toKey).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
        } catch (RuntimeException e) {
            s3.abortMultipartUpload(request -> request.bucket(toBucket).key(toKey).uploadId(uploadId));
            throw e;
        }
    }

    /** The object's size, or -1 when there is none. */
    private long size(String inBucket, String objectKey) {
        try {
            return s3.headObject(request -> request.bucket(inBucket).key(objectKey)).contentLength();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return -1;
            }
            throw e;
        }
    }

    private static String errorCode(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }
}

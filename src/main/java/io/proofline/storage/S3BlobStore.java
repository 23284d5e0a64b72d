package io.proofline.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Blobs as objects in an S3 bucket (AWS or any S3-compatible store), under an optional key prefix. A stream of unknown
 * length is read one part at a time into a single reusable buffer: a blob that fits in one part is one PUT, a bigger
 * one a multipart upload, so memory stays at one part size whatever the blob's size. Ranged reads are Range GETs.
 */
public class S3BlobStore implements BlobStore, DirectUploads {

    private static final Logger LOG = Logger.getLogger(S3BlobStore.class);

    /** S3's smallest part (all but the last part of a multipart upload must be at least this big). */
    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
    private static final int SMALL_BLOB = 64 * 1024;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket, String prefix, long partSize) {
        if (partSize < MIN_PART_SIZE || partSize > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The S3 part size must be between 5M and 2G, not " + partSize);
        }
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.partSize = (int) partSize;
    }

    public String bucket() {
        return bucket;
    }

    /** The object key of a blob key. */
    public String objectKey(String key) {
        return prefix + BlobKeys.check(key);
    }

    @Override
    public long put(String key, InputStream content) throws IOException {
        String objectKey = objectKey(key);
        // small blobs (thumbnails) need no part-sized buffer
        byte[] head = new byte[Math.min(partSize, SMALL_BLOB)];
        int filled = content.readNBytes(head, 0, head.length);
        if (filled < head.length) {
            s3.putObject(request -> request.bucket(bucket).key(objectKey), body(head, filled));
            return filled;
        }
        byte[] buffer = new byte[partSize];
        System.arraycopy(head, 0, buffer, 0, filled);
        filled += content.readNBytes(buffer, filled, partSize - filled);
        if (filled < partSize) {
            s3.putObject(request -> request.bucket(bucket).key(objectKey), body(buffer, filled));
            return filled;
        }
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(objectKey)).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long total = 0;
            int partNumber = 1;
            while (filled > 0) {
                int number = partNumber;
                String etag = s3.uploadPart(
                        request -> request.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(number),
                        body(buffer, filled)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                total += filled;
                partNumber++;
                filled = content.readNBytes(buffer, 0, partSize);
            }
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(objectKey).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts)));
            return total;
        } catch (IOException | RuntimeException e) {
            abortQuietly(objectKey, uploadId);
            throw e;
        }
    }

    /** The first bytes of the buffer, without copying it (the SDK re-reads the stream on a retry). */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }

    @Override
    public InputStream open(String key) throws IOException {
        String objectKey = objectKey(key);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(objectKey));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("Negative offset or length");
        }
        String objectKey = objectKey(key);
        if (length == 0) {
            size(key);
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(request -> request.bucket(bucket).key(objectKey)
                    .range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        }
    }

    @Override
    public void delete(String key) {
        String objectKey = objectKey(key);
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey));
    }

    @Override
    public boolean exists(String key) {
        try {
            size(key);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Override
    public long size(String key) throws NoSuchFileException {
        String objectKey = objectKey(key);
        try {
            return s3.headObject(request -> request.bucket(bucket).key(objectKey)).contentLength();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw e;
        }
    }

    @Override
    public String start(String key, String contentType) {
        String objectKey = objectKey(key);
        return s3.createMultipartUpload(request -> request.bucket(bucket).key(objectKey).contentType(contentType))
                .uploadId();
    }

    @Override
    public URI partUrl(String key, String uploadId, int partNumber, Duration ttl) {
        if (partNumber < 1 || partNumber > 10_000) {
            throw new IllegalArgumentException("Part numbers run from 1 to 10000, not " + partNumber);
        }
        String objectKey = objectKey(key);
        try {
            return presigner
                    .presignUploadPart(presign -> presign.signatureDuration(ttl).uploadPartRequest(
                            request -> request.bucket(bucket).key(objectKey).uploadId(uploadId).partNumber(partNumber)))
                    .url().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts received so far; none for an upload the store does not know (completed, aborted or never started). */
    @Override
    public Set<Integer> uploadedParts(String key, String uploadId) {
        Set<Integer> numbers = new TreeSet<>();
        parts(key, uploadId).forEach(part -> numbers.add(part.partNumber()));
        return numbers;
    }

    /** Assembles the parts. Completing an upload that is already complete (its blob exists) changes nothing. */
    @Override
    public void complete(String key, String uploadId) {
        String objectKey = objectKey(key);
        List<CompletedPart> parts = parts(key, uploadId).stream().sorted(Comparator.comparing(Part::partNumber))
                .map(part -> CompletedPart.builder().partNumber(part.partNumber()).eTag(part.eTag()).build()).toList();
        if (parts.isEmpty()) {
            if (exists(key)) {
                return;
            }
            throw new IllegalStateException("The upload " + uploadId + " of " + key + " has no parts");
        }
        s3.completeMultipartUpload(request -> request.bucket(bucket).key(objectKey).uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(parts)));
    }

    @Override
    public void abort(String key, String uploadId) {
        abortQuietly(objectKey(key), uploadId);
    }

    private List<Part> parts(String key, String uploadId) {
        String objectKey = objectKey(key);
        List<Part> parts = new ArrayList<>();
        try {
            s3.listPartsPaginator(request -> request.bucket(bucket).key(objectKey).uploadId(uploadId)).parts()
                    .forEach(parts::add);
        } catch (NoSuchUploadException e) {
            return List.of();
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            return List.of();
        }
        return parts;
    }

    private void abortQuietly(String objectKey, String uploadId) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(objectKey).uploadId(uploadId));
        } catch (NoSuchUploadException e) {
            // already gone
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not abort the multipart upload %s of %s", uploadId, objectKey);
        }
    }
}

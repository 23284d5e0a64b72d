package io.proofline.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Implemented by blob stores that let clients send the parts of a file straight to the store (S3 multipart uploads with
 * presigned part URLs). Stores without it get parts through Proofline's own signed upload URLs.
 */
public interface DirectUploads {

    /** Starts a multipart upload for the key; returns the store's upload id. */
    String start(String key, String contentType);

    /** A presigned URL a client PUTs part {@code partNumber} (1-based) to, valid for {@code ttl}. */
    URI partUrl(String key, String uploadId, int partNumber, Duration ttl);

    /** The part numbers the store has received so far. */
    Set<Integer> uploadedParts(String key, String uploadId);

    /** Assembles the received parts, in order, into the blob under the key. */
    void complete(String key, String uploadId);

    /** Drops the upload and any parts received; an unknown upload is not an error. */
    void abort(String key, String uploadId);
}

package io.proofline.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where originals and renditions are kept, addressed by the keys {@link BlobKeys} builds. Every operation streams;
 * nothing is read into memory whole. Keys are relative, slash-separated segments of letters, digits, dots, dashes and
 * underscores, as S3 keys would be.
 */
public interface BlobStore {

    /** Stores the stream under the key, replacing what was there; returns the number of bytes stored. */
    long put(String key, InputStream content) throws IOException;

    /**
     * Stores a file the server spooled (an upload) under the key. The file may be moved rather than copied, so the
     * caller must not use it afterwards; returns the number of bytes stored.
     */
    default long putFile(String key, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return put(key, in);
        }
    }

    /** The whole blob; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** {@code length} bytes from {@code offset}; the caller closes the stream. */
    InputStream open(String key, long offset, long length) throws IOException;

    /** Removes the blob; a missing blob is not an error. */
    void delete(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Size in bytes of a stored blob. */
    long size(String key) throws IOException;
}

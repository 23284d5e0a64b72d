package io.proofline.storage;

import java.io.IOException;
import java.io.InputStream;

/** The bucket integrators put files in for an S3 import ({@code s3[s3_key]} on the ingest face). */
public interface ImportBucket {

    /** Whether an import bucket is configured at all. */
    boolean configured();

    /** The object under the key; {@link java.io.FileNotFoundException} when there is none. The caller closes it. */
    InputStream open(String key) throws IOException;
}

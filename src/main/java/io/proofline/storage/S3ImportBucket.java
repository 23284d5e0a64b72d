package io.proofline.storage;

import java.io.FileNotFoundException;
import java.io.InputStream;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The configured import bucket ({@code proofline.storage.import-bucket}), read through the S3 client. */
public class S3ImportBucket implements ImportBucket {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ImportBucket(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public boolean configured() {
        return true;
    }

    /**
     * The object under the prefix and key. A key with "." or ".." segments, a leading slash or control characters is
     * treated as missing: an HTTP path could normalise it into another key.
     */
    @Override
    public InputStream open(String key) throws FileNotFoundException {
        if (!plausible(key)) {
            throw new FileNotFoundException("Not a valid S3 key: " + key);
        }
        try {
            return s3.getObject(request -> request.bucket(bucket).key(prefix + key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("No object " + key + " in the import bucket");
        }
    }

    static boolean plausible(String key) {
        if (key == null || key.isBlank() || key.length() > 1024 || key.startsWith("/")
                || key.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}

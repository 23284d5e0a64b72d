package io.proofline.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import io.proofline.storage.ImportBucket;

/**
 * An import bucket over a local directory, for tests of the ingest face (which are about the face and the import job,
 * not about S3). Enabled by {@link IngestTestProfile}.
 */
@Alternative
@ApplicationScoped
public class DirectoryImportBucket implements ImportBucket {

    public static final Path ROOT = Path.of("target", "test-import-bucket").toAbsolutePath();

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path path = ROOT.resolve(key).normalize();
        if (!path.startsWith(ROOT)) {
            throw new FileNotFoundException(key);
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException(key);
        }
    }

    /** Puts an object into the bucket. */
    public static void put(String key, byte[] bytes) throws IOException {
        Path path = ROOT.resolve(key);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }
}

package io.proofline.media.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.proofline.storage.DirectUploads;
import io.proofline.storage.LocalBlobStore;
import io.proofline.system.ServerSettings;

/**
 * A blob store that takes multipart uploads itself, as S3 does, kept in local files: the stand-in for the S3 store in
 * tests of the completion logic (enabled only by {@link DirectUploadsProfile}). Its "presigned" URLs are not served;
 * tests put parts with {@link #receive}, as S3 would receive the client's PUTs.
 */
@Alternative
@Singleton
public class DirectUploadStore extends LocalBlobStore implements DirectUploads {

    final Set<String> aborted = ConcurrentHashMap.newKeySet();

    @Inject
    public DirectUploadStore(ServerSettings settings) {
        super(settings.dataDir().resolve("direct-blobs"));
    }

    @Override
    public String start(String key, String contentType) {
        return UUID.randomUUID().toString();
    }

    @Override
    public URI partUrl(String key, String uploadId, int partNumber, Duration ttl) {
        return URI.create("http://store.invalid/" + uploadId + "/" + partNumber);
    }

    /** What S3 does with a client's PUT of one part. */
    void receive(String uploadId, int partNumber, byte[] bytes) throws IOException {
        put("multipart/" + uploadId + "/" + partNumber, new ByteArrayInputStream(bytes));
    }

    @Override
    public Set<Integer> uploadedParts(String key, String uploadId) {
        Path folder = resolve("multipart/" + uploadId);
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("\\d+"))
                    .map(Integer::valueOf).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void complete(String key, String uploadId) {
        List<Integer> parts = uploadedParts(key, uploadId).stream().sorted().toList();
        List<InputStream> streams = parts.stream().map(part -> {
            try {
                return open("multipart/" + uploadId + "/" + part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        try (InputStream joined = new SequenceInputStream(Collections.enumeration(streams))) {
            put(key, joined);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void abort(String key, String uploadId) {
        aborted.add(uploadId);
    }
}

package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.S3ProxyResource;
import io.proofline.support.S3Storage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

@QuarkusTest
@TestProfile(S3Storage.class)
class S3BlobStoreTest {

    private static final int PART = 5 * 1024 * 1024;

    @Inject
    BlobStore blobs;

    @Inject
    ImportBucket imports;

    @Inject
    S3Client s3;

    private S3BlobStore store() {
        assertThat(blobs).isInstanceOf(S3BlobStore.class).isInstanceOf(DirectUploads.class);
        return (S3BlobStore) blobs;
    }

    private static String key() {
        return "assets/" + UUID.randomUUID() + "/original";
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void put_get_size_exists_and_delete_a_small_blob_under_the_key_prefix() throws IOException {
        S3BlobStore store = store();
        String key = key();
        assertThat(store.exists(key)).isFalse();
        assertThat(store.put(key, bytes("hello world"))).isEqualTo(11);
        assertThat(store.exists(key)).isTrue();
        assertThat(store.size(key)).isEqualTo(11);
        try (InputStream in = store.open(key)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello world");
        }
        // stored under the configured prefix, in the configured bucket
        assertThat(s3.headObject(r -> r.bucket(S3ProxyResource.BUCKET).key("blobs/" + key)).contentLength())
                .isEqualTo(11);

        store.delete(key);
        store.delete(key);
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void ranged_open_reads_exactly_the_range() throws IOException {
        S3BlobStore store = store();
        String key = key();
        store.put(key, bytes("0123456789"));
        try (InputStream in = store.open(key, 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("3456");
        }
        try (InputStream in = store.open(key, 9, 1)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("9");
        }
        try (InputStream in = store.open(key, 4, 0)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void a_missing_blob_is_no_such_file() {
        S3BlobStore store = store();
        String key = key();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open(key, 0, 5)).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.size(key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void keys_that_are_not_plain_segments_are_refused() {
        S3BlobStore store = store();
        for (String key : new String[] { "../secret", "a/../b", "/etc/passwd", "a//b", "", ".", "a\\b", " a" }) {
            assertThatThrownBy(() -> store.put(key, bytes("x"))).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void a_stream_of_unknown_length_bigger_than_a_part_goes_up_in_parts_and_comes_back_whole() throws Exception {
        S3BlobStore store = store();
        String key = key();
        long size = 2L * PART + 12_345;
        assertThat(store.put(key, new GeneratedStream(size, 7))).isEqualTo(size);
        assertThat(store.size(key)).isEqualTo(size);
        // a multipart object's ETag counts its parts
        assertThat(s3.headObject(r -> r.bucket(S3ProxyResource.BUCKET).key("blobs/" + key)).eTag()).contains("-3");
        try (InputStream in = store.open(key)) {
            assertThat(md5(in)).isEqualTo(md5(new GeneratedStream(size, 7)));
        }
        // a range across the boundary of the first two parts
        byte[] expected = new GeneratedStream(size, 7).readNBytes(PART + 10);
        try (InputStream in = store.open(key, PART - 10, 20)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(expected, PART - 10, PART + 10));
        }
        store.delete(key);
    }

    @Test
    void blobs_around_the_small_blob_buffer_come_back_whole() throws Exception {
        S3BlobStore store = store();
        for (int size : new int[] { 0, 1, 65_535, 65_536, 65_537, PART - 1 }) {
            String key = key();
            assertThat(store.put(key, new GeneratedStream(size, size))).as("size %d", size).isEqualTo(size);
            assertThat(store.size(key)).isEqualTo(size);
            try (InputStream in = store.open(key)) {
                assertThat(md5(in)).as("size %d", size).isEqualTo(md5(new GeneratedStream(size, size)));
            }
        }
    }

    @Test
    void a_stream_of_exactly_one_part_is_stored_whole() throws Exception {
        S3BlobStore store = store();
        String key = key();
        assertThat(store.put(key, new GeneratedStream(PART, 3))).isEqualTo(PART);
        try (InputStream in = store.open(key)) {
            assertThat(md5(in)).isEqualTo(md5(new GeneratedStream(PART, 3)));
        }
    }

    @Test
    void parts_put_to_presigned_urls_in_any_order_complete_into_the_blob() throws Exception {
        S3BlobStore store = store();
        String key = key();
        byte[] whole = new GeneratedStream(PART + 1000, 11).readAllBytes();
        String uploadId = store.start(key, "image/png");
        assertThat(store.uploadedParts(key, uploadId)).isEmpty();

        HttpClient http = HttpClient.newHttpClient();
        // as Frame.io's client sends them: raw bytes, its content type and x-amz-acl, no Authorization header
        assertThat(putPart(http, store, key, uploadId, 2, Arrays.copyOfRange(whole, PART, whole.length)))
                .isEqualTo(200);
        assertThat(store.uploadedParts(key, uploadId)).containsExactly(2);
        assertThat(putPart(http, store, key, uploadId, 1, Arrays.copyOfRange(whole, 0, PART))).isEqualTo(200);
        assertThat(store.uploadedParts(key, uploadId)).containsExactly(1, 2);
        assertThat(store.exists(key)).isFalse();

        store.complete(key, uploadId);
        store.complete(key, uploadId);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(whole);
        }
        assertThat(store.uploadedParts(key, uploadId)).isEmpty();
        store.abort(key, uploadId);
        assertThat(store.exists(key)).isTrue();
    }

    @Test
    void a_tampered_presigned_url_is_refused_and_an_aborted_upload_leaves_nothing() throws Exception {
        S3BlobStore store = store();
        String key = key();
        String uploadId = store.start(key, "application/pdf");
        String url = store.partUrl(key, uploadId, 1, Duration.ofMinutes(5)).toString();
        String tampered = url.replace("partNumber=1", "partNumber=2");
        HttpResponse<String> refused = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(java.net.URI.create(tampered))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 1, 2, 3 })).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(store.uploadedParts(key, uploadId)).isEmpty();

        assertThat(putPart(HttpClient.newHttpClient(), store, key, uploadId, 1, new byte[] { 1, 2, 3 })).isEqualTo(200);
        store.abort(key, uploadId);
        store.abort(key, uploadId);
        assertThat(store.uploadedParts(key, uploadId)).isEmpty();
        assertThatThrownBy(() -> store.complete(key, uploadId)).isInstanceOf(IllegalStateException.class);
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.partUrl(key, uploadId, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_import_bucket_reads_an_object_and_says_when_one_is_missing() throws IOException {
        assertThat(imports.configured()).isTrue();
        String key = "incoming/" + UUID.randomUUID() + "/box art.pdf";
        s3.putObject(r -> r.bucket(S3ProxyResource.IMPORT_BUCKET).key(key), RequestBody.fromString("%PDF-1.4 box"));
        try (InputStream in = imports.open(key)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 box");
        }
        assertThatThrownBy(() -> imports.open("incoming/missing.pdf")).isInstanceOf(FileNotFoundException.class);
        for (String bad : new String[] { "", " ", "/incoming/x", "incoming/../x", "./x", "a\u0000b" }) {
            assertThatThrownBy(() -> imports.open(bad)).as(bad).isInstanceOf(FileNotFoundException.class);
        }
    }

    private static int putPart(HttpClient http, S3BlobStore store, String key, String uploadId, int number,
            byte[] bytes) throws Exception {
        return http.send(
                HttpRequest.newBuilder(store.partUrl(key, uploadId, number, Duration.ofMinutes(5)))
                        .header("Content-Type", "image/png").header("x-amz-acl", "private")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String md5(InputStream in) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream digesting = new DigestInputStream(in, md5)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** Pseudo-random bytes made as they are read, so a big blob never sits in the test's memory. */
    static final class GeneratedStream extends InputStream {

        private final Random random;
        private long remaining;

        GeneratedStream(long size, long seed) {
            this.random = new Random(seed);
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(Math.min(length, remaining), 8192);
            byte[] chunk = new byte[count];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, count);
            remaining -= count;
            return count;
        }
    }
}

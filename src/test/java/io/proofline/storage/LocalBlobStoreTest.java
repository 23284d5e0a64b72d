package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest {

    @TempDir
    Path directory;

    private LocalBlobStore store() {
        return new LocalBlobStore(directory.resolve("blobs"));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void put_stores_the_bytes_and_returns_their_size() throws IOException {
        LocalBlobStore store = store();
        assertThat(store.put("assets/one/original", bytes("hello world"))).isEqualTo(11);
        assertThat(store.exists("assets/one/original")).isTrue();
        assertThat(store.size("assets/one/original")).isEqualTo(11);
        try (InputStream in = store.open("assets/one/original")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello world");
        }
    }

    @Test
    void put_file_moves_a_spooled_file_into_place() throws IOException {
        LocalBlobStore store = store();
        Path spooled = Files.writeString(directory.resolve("upload-123"), "spooled bytes");
        assertThat(store.putFile("assets/two/original", spooled)).isEqualTo(13);
        assertThat(spooled).doesNotExist();
        try (InputStream in = store.open("assets/two/original")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("spooled bytes");
        }
    }

    @Test
    void ranged_open_reads_exactly_the_range() throws IOException {
        LocalBlobStore store = store();
        store.put("a/b", bytes("0123456789"));
        try (InputStream in = store.open("a/b", 3, 4)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("3456");
        }
    }

    @Test
    void put_replaces_and_leaves_no_temporary_files() throws IOException {
        LocalBlobStore store = store();
        store.put("a/b", bytes("first"));
        store.put("a/b", bytes("second"));
        try (var files = Files.list(directory.resolve("blobs/a"))) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("b");
        }
    }

    @Test
    void delete_removes_the_blob_and_ignores_a_missing_one() throws IOException {
        LocalBlobStore store = store();
        store.put("a/b", bytes("x"));
        store.delete("a/b");
        store.delete("a/b");
        assertThat(store.exists("a/b")).isFalse();
    }

    @Test
    void keys_that_could_leave_the_directory_are_refused() throws IOException {
        LocalBlobStore store = store();
        Files.writeString(directory.resolve("secret"), "secret");
        for (String key : new String[] { "../secret", "a/../../secret", "/etc/passwd", "a//b", "", ".", "a/./b", "..",
                "a\\..\\b", "a/b\u0000", " a" }) {
            assertThatThrownBy(() -> store.open(key)).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.put(key, bytes("x"))).as(key).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.delete("../secret")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(directory.resolve("secret"))).isEqualTo("secret");
    }
}

package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopyingBlobArchiveTest {

    @TempDir
    Path directory;

    private final String key = "assets/one/original";

    private LocalBlobStore live() {
        return new LocalBlobStore(directory.resolve("blobs"));
    }

    private LocalBlobStore cold() {
        return new LocalBlobStore(directory.resolve("archive"));
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(BlobStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void archive_and_restore_move_the_blob_and_running_them_again_changes_nothing() throws IOException {
        LocalBlobStore live = live();
        LocalBlobStore cold = cold();
        CopyingBlobArchive archive = new CopyingBlobArchive(live, cold);
        live.put(key, bytes("original"));

        archive.archive(key);
        archive.archive(key);
        assertThat(live.exists(key)).isFalse();
        assertThat(archive.archived(key)).isTrue();
        assertThat(read(cold, key)).isEqualTo("original");

        assertThat(archive.restore(key)).isTrue();
        assertThat(archive.restore(key)).isTrue();
        assertThat(archive.archived(key)).isFalse();
        assertThat(read(live, key)).isEqualTo("original");
    }

    @Test
    void a_move_cut_off_between_copy_and_delete_is_finished_without_copying_again() throws IOException {
        LocalBlobStore live = live();
        LocalBlobStore cold = cold();
        live.put(key, bytes("original"));
        cold.put(key, bytes("original"));
        Path copied = directory.resolve("archive").resolve(key);
        var before = Files.getLastModifiedTime(copied);

        new CopyingBlobArchive(live, cold).archive(key);
        assertThat(live.exists(key)).isFalse();
        assertThat(Files.getLastModifiedTime(copied)).isEqualTo(before);
        assertThat(read(cold, key)).isEqualTo("original");
    }

    @Test
    void a_copy_cut_off_half_way_is_made_again() throws IOException {
        LocalBlobStore live = live();
        LocalBlobStore cold = cold();
        live.put(key, bytes("original"));
        cold.put(key, bytes("orig"));

        new CopyingBlobArchive(live, cold).archive(key);
        assertThat(read(cold, key)).isEqualTo("original");
        assertThat(live.exists(key)).isFalse();
    }

    @Test
    void a_blob_stored_nowhere_is_skipped() throws IOException {
        CopyingBlobArchive archive = new CopyingBlobArchive(live(), cold());
        archive.archive(key);
        assertThat(archive.restore(key)).isTrue();
        assertThat(archive.archived(key)).isFalse();
    }
}

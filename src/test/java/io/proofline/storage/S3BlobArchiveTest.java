package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The settings an S3 archive refuses before it touches any object (no client is needed to refuse them). */
class S3BlobArchiveTest {

    private static final long PART = S3BlobStore.MIN_PART_SIZE;

    @Test
    void an_archive_at_the_very_place_of_the_blobs_is_refused() {
        S3BlobStore live = new S3BlobStore(null, null, "media", "p/", PART);
        assertThatThrownBy(() -> new S3BlobArchive(null, live, "media", "p/", null, 7, "Standard"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        assertThat(new S3BlobArchive(null, live, "media", "p/archive/", null, 7, "Standard").archiveKey("a/b"))
                .isEqualTo("p/archive/a/b");
        assertThat(new S3BlobArchive(null, live, "cold", "p/", "DEEP_ARCHIVE", 7, "Bulk").archiveKey("a/b"))
                .isEqualTo("p/a/b");
    }

    @Test
    void unknown_storage_classes_and_restore_tiers_are_refused() {
        S3BlobStore live = new S3BlobStore(null, null, "media", "", PART);
        assertThatThrownBy(() -> new S3BlobArchive(null, live, "cold", "", "FROZEN", 7, "Standard"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FROZEN");
        assertThatThrownBy(() -> new S3BlobArchive(null, live, "cold", "", "GLACIER", 7, "Whenever"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Whenever");
    }

    @Test
    void a_part_size_below_s3s_minimum_is_refused() {
        assertThatThrownBy(() -> new S3BlobStore(null, null, "media", "", PART - 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The layout is already in stores and buckets: these strings are what existing data is found under. */
class BlobKeysTest {

    private final UUID id = UUID.fromString("0b6f2d2e-4c1a-4d8e-9a51-3f0c2b7d9e11");

    @Test
    void asset_keys_keep_their_layout() {
        assertThat(BlobKeys.original(id)).isEqualTo("assets/" + id + "/original");
        assertThat(BlobKeys.thumbnail(id)).isEqualTo("assets/" + id + "/thumbnail.jpg");
        assertThat(BlobKeys.smallThumbnail(id)).isEqualTo("assets/" + id + "/thumbnail-small.jpg");
        assertThat(BlobKeys.page(id, 3)).isEqualTo("assets/" + id + "/pages/3.jpg");
    }

    @Test
    void renditions_are_both_thumbnails_and_every_page() {
        assertThat(BlobKeys.renditions(id, 2)).containsExactly(BlobKeys.thumbnail(id), BlobKeys.smallThumbnail(id),
                BlobKeys.page(id, 1), BlobKeys.page(id, 2));
        assertThat(BlobKeys.renditions(id, null)).containsExactly(BlobKeys.thumbnail(id), BlobKeys.smallThumbnail(id));
    }

    @Test
    void upload_parts_and_reference_documents_keep_their_layout() {
        UUID receipt = UUID.fromString("7d1e0c4f-2a3b-4c5d-8e9f-0a1b2c3d4e5f");
        assertThat(BlobKeys.uploadPart(id, 7, receipt)).isEqualTo("uploads/" + id + "/part-7-" + receipt);
        assertThat(BlobKeys.referenceDocument(id)).isEqualTo("refdocs/" + id + "/original");
        assertThat(BlobKeys.ARCHIVE_PREFIX).isEqualTo("archive/");
    }

    @Test
    void every_key_built_here_is_a_valid_key() {
        assertThat(BlobKeys.check(BlobKeys.original(id))).isEqualTo(BlobKeys.original(id));
        assertThat(BlobKeys.check(BlobKeys.page(id, 12))).isEqualTo(BlobKeys.page(id, 12));
        assertThat(BlobKeys.check(BlobKeys.uploadPart(id, 1, id))).isEqualTo(BlobKeys.uploadPart(id, 1, id));
        assertThat(BlobKeys.check(BlobKeys.referenceDocument(id))).isEqualTo(BlobKeys.referenceDocument(id));
    }

    @Test
    void keys_that_could_leave_the_store_are_refused() {
        assertThatThrownBy(() -> BlobKeys.check("assets/../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlobKeys.check("/assets/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlobKeys.check("")).isInstanceOf(IllegalArgumentException.class);
    }
}

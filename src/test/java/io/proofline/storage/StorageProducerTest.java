package io.proofline.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The embedded default: no S3 settings at all, blobs and their archive in directories under the data directory. */
@QuarkusTest
class StorageProducerTest {

    @Inject
    BlobStore blobs;

    @Inject
    BlobArchive archive;

    @Inject
    ImportBucket imports;

    @Test
    void without_s3_settings_the_store_is_local_and_s3_import_is_off() {
        assertThat(blobs).isInstanceOf(LocalBlobStore.class).isNotInstanceOf(DirectUploads.class);
        assertThat(imports.configured()).isFalse();
        assertThatThrownBy(() -> imports.open("any/key.pdf")).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void the_local_archive_is_a_directory_of_its_own_under_the_data_directory() throws Exception {
        Path dataDir = Path.of(ConfigProvider.getConfig().getValue("proofline.data-dir", String.class));
        String key = "assets/" + UUID.randomUUID() + "/original";
        blobs.put(key, new ByteArrayInputStream(new byte[] { 4, 2 }));
        assertThat(dataDir.resolve("blobs").resolve(key)).exists();

        archive.archive(key);
        assertThat(dataDir.resolve("blobs").resolve(key)).doesNotExist();
        assertThat(Files.readAllBytes(dataDir.resolve("archive").resolve(key))).containsExactly(4, 2);
        archive.restore(key);
        assertThat(Files.readAllBytes(dataDir.resolve("blobs").resolve(key))).containsExactly(4, 2);
        blobs.delete(key);
    }
}

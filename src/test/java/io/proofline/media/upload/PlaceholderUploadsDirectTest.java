package io.proofline.media.upload;

import static io.proofline.support.Placeholders.chunk;
import static io.proofline.support.Placeholders.urls;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.storage.BlobStore;
import io.proofline.support.Placeholders;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Placeholder uploads against a store that takes the parts itself: the store's URLs, completion by check or call. */
@QuarkusTest
@TestProfile(DirectUploadsProfile.class)
class PlaceholderUploadsDirectTest {

    /** S3's smallest part but the last. */
    static final int MIN_PART = 5 * 1024 * 1024;

    @Inject
    BlobStore blobs;

    DirectUploadStore store() {
        return (DirectUploadStore) blobs;
    }

    static String uploadId(String url) {
        return URI.create(url).getPath().split("/")[1];
    }

    @Test
    void the_store_hands_out_the_urls_and_the_periodic_check_completes_the_upload() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(2 * MIN_PART + 1000, 11);
        Response created = Placeholders.create(tenant, root, "direct.bin", "application/octet-stream", file.length);
        // every part but the last is at least 5 MiB with S3, whatever the configured part size
        created.then().statusCode(201).body("upload_urls", hasSize(2));
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(urls.get(0)).startsWith("http://store.invalid/");
        store().receive(uploadId(urls.get(1)), 2, chunk(file, 2, 1));
        store().receive(uploadId(urls.get(0)), 1, chunk(file, 2, 0));
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().body("checksums.md5", equalTo(Placeholders.md5(file)))
                .body("checksums.xx_hash", equalTo(Placeholders.xxHash(file)));
        assertThat(store().aborted).doesNotContain(uploadId(urls.get(0)));
    }

    @Test
    void the_explicit_completion_asks_the_store_which_parts_it_has() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(4 * MIN_PART + 10, 12);
        Response created = Placeholders.create(tenant, root, "explicit.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(urls).hasSize(3);
        String uploadId = uploadId(urls.get(0));
        store().receive(uploadId, 2, chunk(file, 3, 1));
        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(409)
                .body("errors[0].detail", equalTo("The upload is missing parts: 1, 3."));
        store().receive(uploadId, 1, chunk(file, 3, 0));
        store().receive(uploadId, 3, chunk(file, 3, 2));
        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(200);
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().body("checksums.md5", equalTo(Placeholders.md5(file)));
    }

    @Test
    void an_upload_left_unfinished_past_its_expiry_is_dropped_and_the_file_fails() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        Response created = Placeholders.create(tenant, root, "abandoned.bin", "application/octet-stream", 100);
        String assetId = created.then().extract().path("id");
        String uploadId = uploadId(urls(created).get(0));
        QuarkusTransaction.requiringNew().run(() -> {
            PlaceholderUpload upload = PlaceholderUpload.findById(UUID.fromString(assetId));
            upload.expiresAt = Instant.now().minusSeconds(1);
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> store().aborted.contains(uploadId));
        given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).get("/api/v1/asset").then()
                .body("result.status", equalTo("Failed"));
        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(409)
                .body("errors[0].detail", equalTo("The upload was not completed before its upload URLs expired."));
        PlaceholderUpload left = QuarkusTransaction.requiringNew()
                .call(() -> PlaceholderUpload.<PlaceholderUpload> findById(UUID.fromString(assetId)));
        assertThat(left).isNull();
    }
}

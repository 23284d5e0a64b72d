package io.proofline.media.upload;

import static io.proofline.support.Placeholders.chunk;
import static io.proofline.support.Placeholders.local;
import static io.proofline.support.Placeholders.urls;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.proofline.storage.BlobStore;
import io.proofline.storage.S3BlobStore;
import io.proofline.support.Placeholders;
import io.proofline.support.S3Storage;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The /v2 placeholder upload as Frame.io's client does it, against the S3 store on a real S3Proxy process: the parts go
 * straight to S3 through presigned URLs, Proofline assembles and processes, and the signed original reads back.
 */
@QuarkusTest
@TestProfile(S3Storage.class)
class PlaceholderUploadsS3Test {

    /** S3's smallest part but the last. */
    static final int MIN_PART = 5 * 1024 * 1024;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    BlobStore blobs;

    @ConfigProperty(name = "quarkus.s3.endpoint-override")
    String endpoint;

    /** PUTs a part as Frame.io's client does: raw bytes, the file's type, x-amz-acl, no Authorization header. */
    static CompletableFuture<HttpResponse<String>> put(String url, byte[] part, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("content-type", contentType)
                .header("x-amz-acl", "private").PUT(HttpRequest.BodyPublishers.ofByteArray(part)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void parts_sent_to_presigned_s3_urls_in_parallel_assemble_process_and_read_back_in_ranges() throws Exception {
        assertThat(blobs).isInstanceOf(S3BlobStore.class);
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(4 * MIN_PART + 4321, 21);
        Response created = Placeholders.create(tenant, root, "artwork.bin", "application/octet-stream", file.length);
        created.then().statusCode(201).body("upload_urls", hasSize(3)).body("filesize", equalTo(file.length));
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(urls).allSatisfy(url -> assertThat(url).startsWith(endpoint + "/").contains("X-Amz-Signature="));

        // out of order and at the same time, as the client sends five at a time
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int index : new int[] { 2, 0, 1 }) {
            sent.add(put(urls.get(index), chunk(file, urls.size(), index), "application/octet-stream"));
        }
        for (CompletableFuture<HttpResponse<String>> response : sent) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
        }

        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(200);
        Placeholders.awaitChecksums(tenant, assetId);
        String original = tenant.request().get("/v2/assets/" + assetId).then().statusCode(200)
                .body("checksums.md5", equalTo(Placeholders.md5(file)))
                .body("checksums.xx_hash", equalTo(Placeholders.xxHash(file)))
                .body("upload_completed_at", org.hamcrest.Matchers.notNullValue()).extract().path("original");

        int from = MIN_PART - 10;
        int to = MIN_PART + 9;
        byte[] slice = given().header("Range", "bytes=" + from + "-" + to).get(local(original)).then().statusCode(206)
                .header("Content-Range", "bytes " + from + "-" + to + "/" + file.length).extract().asByteArray();
        assertThat(slice).isEqualTo(Arrays.copyOfRange(file, from, to + 1));
        byte[] whole = given().get(local(original)).then().statusCode(200).extract().asByteArray();
        assertThat(Placeholders.md5(whole)).isEqualTo(Placeholders.md5(file));
    }

    @Test
    void completion_before_every_part_reached_s3_names_the_missing_ones() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(2 * MIN_PART + 10, 22);
        Response created = Placeholders.create(tenant, root, "half.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(put(urls.get(1), chunk(file, 2, 1), "application/octet-stream").get().statusCode()).isEqualTo(200);
        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(409)
                .body("errors[0].detail", equalTo("The upload is missing parts: 1."));
        assertThat(put(urls.get(0), chunk(file, 2, 0), "application/octet-stream").get().statusCode()).isEqualTo(200);
        tenant.request().post("/v2/assets/" + assetId + "/upload_complete").then().statusCode(200);
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().body("checksums.md5", equalTo(Placeholders.md5(file)));
    }
}

package io.proofline.api.media;

import static io.proofline.support.Placeholders.chunk;
import static io.proofline.support.Placeholders.create;
import static io.proofline.support.Placeholders.put;
import static io.proofline.support.Placeholders.urls;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.job.Job;
import io.proofline.media.upload.UploadAssemblyJob;
import io.proofline.support.Db;
import io.proofline.support.Placeholders;
import io.proofline.support.Tenant;
import io.proofline.system.SignedUrls;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class UploadPartsResourceTest {

    /** The test profile's upload-part-size. */
    static final int PART = 64 * 1024;

    @Inject
    SignedUrls signedUrls;

    @Test
    void parts_put_in_parallel_and_out_of_order_assemble_once_with_the_right_checksums() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(7 * PART + 1234, 1);
        Response created = create(tenant, root, "film.mov", "video/quicktime", file.length);
        created.then().statusCode(201).body("_type", equalTo("file")).body("type", equalTo("file"))
                .body("filesize", equalTo(file.length)).body("filetype", equalTo("video/quicktime"))
                .body("upload_completed_at", nullValue()).body("checksums", nullValue()).body("original", nullValue())
                .body("is_session_watermarked", equalTo(false)).body("upload_urls", hasSize(8))
                .body("parent_id", equalTo(root));
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(urls).allSatisfy(url -> assertThat(url).startsWith("http").contains("/media/uploads/" + assetId));

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Integer>> puts = order.stream()
                    .<Callable<Integer>> map(
                            i -> () -> put(urls.get(i), chunk(file, urls.size(), i), "video/quicktime").statusCode())
                    .toList();
            for (Future<Integer> status : pool.invokeAll(puts)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().statusCode(200)
                .body("checksums.xx_hash", equalTo(Placeholders.xxHash(file)))
                .body("checksums.md5", equalTo(Placeholders.md5(file))).body("filesize", equalTo(file.length))
                .body("upload_completed_at", notNullValue()).body("original", notNullValue());
        assertThat(jobs(UploadAssemblyJob.TYPE, assetId)).isEqualTo(1);
        assertThat(Db.events("asset.uploaded", assetId)).hasSize(1);
        byte[] downloaded = given()
                .get(Placeholders
                        .local(tenant.request().get("/v2/assets/" + assetId).then().extract().path("original")))
                .then().statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(file);
        // the parts are gone once assembled
        assertThat(partRows(assetId)).isZero();
        as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset").then().body("result.status",
                equalTo("Processed"));
    }

    @Test
    void a_single_part_file_and_content_type_json_work() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = "{\"a\": 1}".getBytes();
        Response created = create(tenant, root, "data.json", "application/json", file.length);
        created.then().statusCode(201).body("upload_urls", hasSize(1));
        String assetId = created.then().extract().path("id");
        put(urls(created).get(0), file, "application/json").then().statusCode(200);
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().body("checksums.xx_hash",
                equalTo(Placeholders.xxHash(file)));
    }

    @Test
    void a_part_sent_again_replaces_the_first_and_a_bad_resend_spoils_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(2 * PART + 10, 2);
        Response created = create(tenant, root, "resumed.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        byte[] first = chunk(file, 3, 0);
        put(urls.get(0), first, "application/octet-stream").then().statusCode(200);
        put(urls.get(0), first, "application/octet-stream").then().statusCode(200);
        put(urls.get(0), new byte[10], "application/octet-stream").then().statusCode(400).body("error",
                equalTo("Part 1 must be exactly " + first.length + " bytes."));
        // Frame.io's math: three equal parts of ceil(size / 3) bytes, the last one shorter
        assertThat(first.length).isEqualTo((2 * PART + 10 + 2) / 3);
        put(urls.get(2), chunk(file, 3, 2), "application/octet-stream").then().statusCode(200);
        assertThat(partRows(assetId)).isEqualTo(2);
        put(urls.get(1), chunk(file, 3, 1), "application/octet-stream").then().statusCode(200);
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().get("/v2/assets/" + assetId).then().body("checksums.md5", equalTo(Placeholders.md5(file)));
        // after completion a part has nowhere to go
        put(urls.get(1), chunk(file, 3, 1), "application/octet-stream").then().statusCode(404);
    }

    @Test
    void wrong_part_sizes_are_400_and_store_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(2 * PART + 101, 3);
        Response created = create(tenant, root, "sizes.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        assertThat(urls).hasSize(3);
        int size = chunk(file, 3, 0).length;
        int last = chunk(file, 3, 2).length;
        assertThat(last).isLessThan(size);
        put(urls.get(0), new byte[size - 1], "application/octet-stream").then().statusCode(400);
        put(urls.get(0), new byte[size + 1], "application/octet-stream").then().statusCode(400);
        put(urls.get(2), new byte[size], "application/octet-stream").then().statusCode(400).body("error",
                equalTo("Part 3 must be exactly " + last + " bytes."));
        put(urls.get(2), new byte[0], "application/octet-stream").then().statusCode(400);
        assertThat(partRows(assetId)).isZero();
    }

    @Test
    void tampered_expired_and_misplaced_signatures_are_403() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(2 * PART, 4);
        Response created = create(tenant, root, "signed.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        String good = urls.get(0);
        String tampered = good.substring(0, good.length() - 2) + (good.endsWith("AA") ? "BB" : "AA");
        put(tampered, chunk(file, 2, 0), "application/octet-stream").then().statusCode(403).body("error",
                equalTo("The link is invalid or has expired."));
        String laterExpiry = good.replaceFirst("expires=(\\d+)", "expires=9999999999");
        put(laterExpiry, chunk(file, 2, 0), "application/octet-stream").then().statusCode(403);
        // part 1's signature does not open part 2
        URI first = URI.create(good);
        String otherPart = first.getRawPath().replaceAll("/1$", "/2") + "?" + first.getRawQuery();
        given().body(chunk(file, 2, 1)).contentType("application/octet-stream").urlEncodingEnabled(false).put(otherPart)
                .then().statusCode(403);
        given().body(chunk(file, 2, 0)).contentType("application/octet-stream").put("/media/uploads/" + assetId + "/1")
                .then().statusCode(403);
        String expired = signedUrls.sign("/media/uploads/" + assetId + "/1", Duration.ofSeconds(-5));
        put(expired, chunk(file, 2, 0), "application/octet-stream").then().statusCode(403);
        assertThat(partRows(assetId)).isZero();
    }

    @Test
    void a_part_number_out_of_range_or_an_unknown_upload_is_404() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        Response created = create(tenant, root, "range.bin", "application/octet-stream", 10);
        String assetId = created.then().extract().path("id");
        put(signedUrls.sign("/media/uploads/" + assetId + "/2", Duration.ofMinutes(5)), new byte[10],
                "application/octet-stream").then().statusCode(404).body("error", equalTo("Upload part not found."));
        put(signedUrls.sign("/media/uploads/" + assetId + "/0", Duration.ofMinutes(5)), new byte[10],
                "application/octet-stream").then().statusCode(404);
        put(signedUrls.sign("/media/uploads/" + UUID.randomUUID() + "/1", Duration.ofMinutes(5)), new byte[10],
                "application/octet-stream").then().statusCode(404).body("error", equalTo("Upload not found."));
        given().body(new byte[1]).put("/media/uploads/" + assetId + "/x").then().statusCode(404);
    }

    @Test
    void the_explicit_completion_names_missing_parts_and_is_idempotent() throws Exception {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        byte[] file = Placeholders.randomBytes(3 * PART, 5);
        Response created = create(tenant, root, "explicit.bin", "application/octet-stream", file.length);
        String assetId = created.then().extract().path("id");
        List<String> urls = urls(created);
        put(urls.get(1), chunk(file, 3, 1), "application/octet-stream").then().statusCode(200);
        String complete = "/v2/assets/" + assetId + "/upload_complete";
        tenant.request().post(complete).then().statusCode(409).body("code", equalTo(409)).body("errors[0].detail",
                equalTo("The upload is missing parts: 1, 3."));
        Tenant.create().request().post(complete).then().statusCode(404);
        put(urls.get(0), chunk(file, 3, 0), "application/octet-stream").then().statusCode(200);
        put(urls.get(2), chunk(file, 3, 2), "application/octet-stream").then().statusCode(200);
        tenant.request().post(complete).then().statusCode(200).body("id", equalTo(assetId));
        Placeholders.awaitChecksums(tenant, assetId);
        tenant.request().post(complete).then().statusCode(200).body("upload_completed_at", notNullValue());
        assertThat(jobs(UploadAssemblyJob.TYPE, assetId)).isEqualTo(1);
        String folder = tenant.request().body(java.util.Map.of("name", "F", "type", "folder"))
                .post("/v2/assets/" + root + "/children").then().extract().path("id");
        tenant.request().post("/v2/assets/" + folder + "/upload_complete").then().statusCode(422);
    }

    @Test
    void the_placeholder_event_is_recorded_and_processing_runs_only_after_assembly() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        Response created = create(tenant, root, "pending.bin", "application/octet-stream", 5);
        String assetId = created.then().extract().path("id");
        List<Event> events = Db.events("file.created", assetId);
        assertThat(events).hasSize(1);
        as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset").then().body("result.status",
                equalTo("Pending"));
        assertThat(jobs("media.process", assetId)).isZero();
    }

    static io.restassured.specification.RequestSpecification as(Tenant tenant) {
        return given().auth().oauth2(tenant.token);
    }

    static long jobs(String type, String payload) {
        return QuarkusTransaction.requiringNew().call(() -> Job.count("type = ?1 and payload = ?2", type, payload));
    }

    static long partRows(String assetId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) Job.getEntityManager()
                        .createNativeQuery("select count(*) from file_upload_part where asset_id = :id")
                        .setParameter("id", UUID.fromString(assetId)).getSingleResult()).longValue());
    }
}

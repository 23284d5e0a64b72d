package io.proofline.project;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.job.Job;
import io.proofline.media.MediaService;
import io.proofline.storage.BlobArchive;
import io.proofline.storage.BlobStore;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProjectTransitJobTest {

    @Inject
    ProjectTransitJob transit;

    @Inject
    BlobStore blobs;

    @Inject
    BlobArchive archive;

    @Inject
    ProjectArchive projectArchive;

    @Inject
    ProjectService projects;

    @Test
    void archiving_passes_through_in_transit_and_the_job_lands_it_in_archived_and_back_in_active() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Archive me");
        tenant.changeState(id, "Completed");

        tenant.request().body(Map.of("projectUID", id, "state", "Archived")).put("/api/v1/project/state").then()
                .statusCode(200).body("result.state", org.hamcrest.Matchers.equalTo("InTransit"));
        awaitState(tenant, id, "Archived");
        assertThat(Db.project(id).transitTarget).isNull();

        tenant.request().body(Map.of("projectUID", id, "state", "Active")).put("/api/v1/project/state").then()
                .statusCode(200).body("result.state", org.hamcrest.Matchers.equalTo("InTransit"));
        awaitState(tenant, id, "Active");

        List<Event> states = Db.events(id).stream().filter(event -> event.type.equals("project.state")).toList();
        assertThat(states).extracting(event -> ProjectServiceTest.data(event).get("State")).containsExactly("Completed",
                "InTransit", "Archived", "InTransit", "Active");
        // the job's own events name the account and project, but no person made them
        assertThat(states.get(2).accountId).hasToString(tenant.companyId);
        assertThat(states.get(2).actorId).isNull();
        List<Job> jobs = QuarkusTransaction.requiringNew()
                .call(() -> Job.<Job> list("type = ?1 and payload = ?2", ProjectTransitJob.TYPE, id));
        assertThat(jobs).hasSize(2).allSatisfy(job -> assertThat(job.status).isEqualTo(Job.DONE));
    }

    @Test
    void running_the_job_again_changes_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Twice");
        Db.forceState(id, ProjectState.InTransit);
        transit.run(id);
        transit.run(id);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Archived);
        assertThat(Db.events(id).stream().filter(event -> event.type.equals("project.state"))).hasSize(1);

        String active = tenant.createProject("Not moving");
        transit.run(active);
        transit.run(UUID.randomUUID().toString());
        assertThat(Db.project(active).state).isEqualTo(ProjectState.Active);
    }

    static void awaitState(Tenant tenant, String id, String state) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> state.equals(tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then()
                        .statusCode(200).extract().path("result[0].state")));
    }

    @Test
    void archiving_moves_every_original_to_archive_storage_and_activating_brings_them_back() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Archive the files");
        byte[] first = bytes(300_000, 1);
        byte[] second = bytes(1000, 2);
        byte[] other = bytes(70_000, 3);
        String v1 = upload(tenant, id, null, "box.pdf", first);
        String v2 = upload(tenant, id, v1, "box.pdf", second);
        String single = upload(tenant, id, null, "label.tif", other);
        List<String> assets = List.of(v1, v2, single);
        assets.forEach(asset -> awaitProcessed(tenant, asset));
        // a rendition, as the processing job writes them next to the original
        String thumbnail = "assets/" + v2 + "/thumbnail.jpg";
        blobs.put(thumbnail, new ByteArrayInputStream(new byte[] { 1, 2, 3 }));

        tenant.changeState(id, "Completed");
        tenant.changeState(id, "Archived");
        awaitState(tenant, id, "Archived");
        for (String asset : assets) {
            assertThat(blobs.exists(original(asset))).as(asset).isFalse();
            assertThat(archive.archived(original(asset))).as(asset).isTrue();
        }
        assertThat(blobs.exists(thumbnail)).isTrue();
        tenant.request().queryParam("AssetUID", v2).get("/api/v1/asset").then().statusCode(200);
        tenant.request().queryParam("AssetUID", v2).get("/api/v1/asset/download").then().statusCode(412)
                .contentType("application/json").body("statusCode", equalTo(412))
                .body("message", equalTo(MediaService.ARCHIVED));

        tenant.changeState(id, "Active");
        awaitState(tenant, id, "Active");
        for (String asset : assets) {
            assertThat(blobs.exists(original(asset))).as(asset).isTrue();
            assertThat(archive.archived(original(asset))).as(asset).isFalse();
        }
        assertThat(download(tenant, v1)).isEqualTo(first);
        assertThat(download(tenant, v2)).isEqualTo(second);
        assertThat(download(tenant, single)).isEqualTo(other);
        assertThat(tenant.request().queryParam("AssetUID", v1).get("/api/v1/asset/download").header("ETag"))
                .isEqualTo("\"" + md5(first) + "\"");
    }

    @Test
    void a_move_cut_off_half_way_finishes_when_the_job_runs_again_and_downloads_say_archived_meanwhile()
            throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Interrupted");
        byte[] one = bytes(5000, 4);
        byte[] two = bytes(6000, 5);
        String first = upload(tenant, id, null, "one.png", one);
        String second = upload(tenant, id, null, "two.png", two);
        awaitProcessed(tenant, first);
        awaitProcessed(tenant, second);
        // InTransit towards Archived with no job: the runner died after moving only the first original
        Db.forceState(id, ProjectState.InTransit);
        archive.archive(original(first));
        tenant.request().queryParam("AssetUID", second).get("/api/v1/asset/download").then().statusCode(412)
                .body("statusCode", equalTo(412)).body("message", equalTo(MediaService.IN_TRANSIT));

        transit.run(id);
        transit.run(id);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Archived);
        assertThat(archive.archived(original(first))).isTrue();
        assertThat(archive.archived(original(second))).isTrue();
        assertThat(blobs.exists(original(second))).isFalse();

        // back to Active, cut off after the first original is home again
        tenant.changeState(id, "Active");
        awaitState(tenant, id, "Active");
        assertThat(download(tenant, first)).isEqualTo(one);
        assertThat(download(tenant, second)).isEqualTo(two);
        archive.restore(original(first));
        assertThat(blobs.exists(original(first))).isTrue();
    }

    @Test
    void a_late_runner_of_a_move_the_other_way_moves_nothing_and_lands_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Late runner");
        String asset = upload(tenant, id, null, "a.png", bytes(100, 8));
        awaitProcessed(tenant, asset);
        UUID projectId = UUID.fromString(id);
        // heading for Archived; a runner of an earlier move back to Active wakes up
        Db.forceState(id, ProjectState.InTransit);
        assertThat(projectArchive.restoreProject(projectId)).isEqualTo(ProjectArchive.Outcome.SUPERSEDED);
        projects.finishTransit(projectId, ProjectState.Active);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.InTransit);
        assertThat(blobs.exists(original(asset))).isTrue();

        transit.run(id);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Archived);
        assertThat(archive.archived(original(asset))).isTrue();
        assertThat(projectArchive.archiveProject(projectId)).isEqualTo(ProjectArchive.Outcome.SUPERSEDED);
    }

    @Test
    void another_tenant_cannot_download_an_archived_asset_and_learns_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Private archive");
        String asset = upload(tenant, id, null, "a.png", bytes(100, 6));
        awaitProcessed(tenant, asset);
        Db.forceState(id, ProjectState.Archived);
        Tenant.create().request().queryParam("AssetUID", asset).get("/api/v1/asset/download").then().statusCode(404)
                .body("message", equalTo("Asset not found."));
    }

    static String original(String assetId) {
        return "assets/" + assetId + "/original";
    }

    static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String upload(Tenant tenant, String projectId, String versionOf, String name, byte[] bytes) {
        RequestSpecification request = given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId)
                .multiPart("File", name, bytes, "application/octet-stream");
        if (versionOf != null) {
            request.multiPart("AssetUID", versionOf);
        }
        return request.post("/api/v1/asset/upload").then().statusCode(200).extract().path("result.assetUID");
    }

    static byte[] download(Tenant tenant, String assetId) {
        return given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).get("/api/v1/asset/download").then()
                .statusCode(200).extract().asByteArray();
    }

    static void awaitProcessed(Tenant tenant, String assetId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> "Processed".equals(tenant.request().queryParam("AssetUID", assetId).get("/api/v1/asset")
                        .then().statusCode(200).extract().path("result.status")));
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}

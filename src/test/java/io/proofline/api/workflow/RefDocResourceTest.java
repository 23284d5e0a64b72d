package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.project.ProjectState;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class RefDocResourceTest {

    static final String UPLOADED = "Reference document uploaded successfully.";

    static RequestSpecification as(Tenant tenant) {
        return given().auth().oauth2(tenant.token);
    }

    static Response upload(Tenant tenant, String projectId, String name, byte[] bytes) {
        return as(tenant).multiPart("ProjectUID", projectId).multiPart("File", name, bytes, "application/octet-stream")
                .post("/api/v1/refdoc/upload");
    }

    static String uploaded(Tenant tenant, String projectId, String name, byte[] bytes) {
        return upload(tenant, projectId, name, bytes).then().statusCode(200).body("statusCode", equalTo(200))
                .body("message", equalTo(UPLOADED)).extract().path("result.refDocUID");
    }

    @Test
    void upload_list_download_and_delete_with_their_events() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Brief");
        byte[] pdf = AssetResourceTest.pdf();
        String refDocId = uploaded(tenant, projectId, "brief.pdf", pdf);

        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadRefDocs", "true").get("/api/v1/project").then()
                .statusCode(200).body("result[0].refDocs", hasSize(1))
                .body("result[0].refDocs[0].refDocUID", equalTo(refDocId))
                .body("result[0].refDocs[0].name", equalTo("brief.pdf"))
                .body("result[0].refDocs[0].fileSize", equalTo(pdf.length))
                .body("result[0].refDocs[0].contentType", equalTo("application/pdf"))
                .body("result[0].refDocs[0].created", notNullValue());
        as(tenant).queryParam("ProjectUID", projectId).get("/api/v1/project").then().body("result[0]",
                not(hasKey("refDocs")));
        byte[] downloaded = as(tenant).queryParam("RefDocUID", refDocId).get("/api/v1/refdoc/download").then()
                .statusCode(200).header("Content-Type", equalTo("application/pdf")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        as(tenant).queryParam("RefDocUID", refDocId).header("Range", "bytes=0-3").get("/api/v1/refdoc/download").then()
                .statusCode(206).body(equalTo("%PDF"));

        as(tenant).queryParam("RefDocUID", refDocId).delete("/api/v1/refdoc").then().statusCode(200).body("message",
                equalTo("DELETE Request successful."));
        as(tenant).queryParam("RefDocUID", refDocId).get("/api/v1/refdoc/download").then().statusCode(404)
                .body("message", equalTo("Reference document not found."));
        as(tenant).queryParam("RefDocUID", refDocId).delete("/api/v1/refdoc").then().statusCode(404);
        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadRefDocs", "true").get("/api/v1/project").then()
                .body("result[0].refDocs", hasSize(0));
        assertThat(Db.events(projectId)).extracting(event -> event.type).contains("refdoc.uploaded", "refdoc.deleted");
        Event uploadedEvent = Db.events("refdoc.uploaded", refDocId).get(0);
        assertThat(uploadedEvent.data).contains("\"RefDocUID\":\"" + refDocId + "\"").contains("brief.pdf");
        assertThat(Db.events("refdoc.deleted", refDocId)).hasSize(1);
    }

    @Test
    void bad_uploads_get_the_seeds_statuses() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Bad refdocs");
        as(tenant).multiPart("File", "a.pdf", new byte[] { 1 }).post("/api/v1/refdoc/upload").then().statusCode(400)
                .body("errors.ProjectUID[0]", equalTo("'ProjectUID' must not be empty."));
        as(tenant).multiPart("ProjectUID", projectId).post("/api/v1/refdoc/upload").then().statusCode(400)
                .body("errors.File[0]", equalTo("'File' must not be empty."));
        upload(tenant, projectId, "empty.pdf", new byte[0]).then().statusCode(400);
        upload(tenant, UUID.randomUUID().toString(), "a.pdf", new byte[] { 1 }).then().statusCode(404).body("message",
                equalTo("Project not found."));
        upload(tenant, "not-an-id", "a.pdf", new byte[] { 1 }).then().statusCode(404);
        String stored = uploaded(tenant, projectId, "../../etc/passwd", new byte[] { 1, 2 });
        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadRefDocs", "true").get("/api/v1/project").then()
                .body("result[0].refDocs.find { it.refDocUID == '" + stored + "' }.name", equalTo("passwd"));
        as(tenant).delete("/api/v1/refdoc").then().statusCode(400);
        as(tenant).queryParam("RefDocUID", "nope").delete("/api/v1/refdoc").then().statusCode(404);
        given().multiPart("ProjectUID", projectId).multiPart("File", "a.pdf", new byte[] { 1 })
                .post("/api/v1/refdoc/upload").then().statusCode(401);
    }

    @Test
    void another_tenant_sees_nothing() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String projectId = tenant.createProject("Private brief");
        String refDocId = uploaded(tenant, projectId, "brief.txt", "hello".getBytes());
        upload(stranger, projectId, "x.txt", "x".getBytes()).then().statusCode(404).body("message",
                equalTo("Project not found."));
        as(stranger).queryParam("RefDocUID", refDocId).delete("/api/v1/refdoc").then().statusCode(404);
        as(stranger).queryParam("RefDocUID", refDocId).get("/api/v1/refdoc/download").then().statusCode(404);
        as(stranger).queryParam("ProjectUID", projectId).queryParam("IsLoadRefDocs", "true").get("/api/v1/project")
                .then().statusCode(404);
        as(tenant).queryParam("RefDocUID", refDocId).get("/api/v1/refdoc/download").then().statusCode(200);
    }

    @Test
    void a_completed_project_keeps_its_documents_read_only() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Finished");
        String refDocId = uploaded(tenant, projectId, "brief.txt", "hello".getBytes());
        Db.forceState(projectId, ProjectState.Completed);
        upload(tenant, projectId, "late.txt", "x".getBytes()).then().statusCode(406);
        as(tenant).queryParam("RefDocUID", refDocId).delete("/api/v1/refdoc").then().statusCode(406);
        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadRefDocs", "true").get("/api/v1/project").then()
                .body("result[0].refDocs", hasSize(1));
    }
}

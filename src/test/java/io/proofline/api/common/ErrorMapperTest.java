package io.proofline.api.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

/** One domain failure, each face's answer: the mapper finds the face by the path and the face writes its body. */
@QuarkusTest
class ErrorMapperTest {

    @Test
    void a_missing_object_is_404_in_each_faces_shape() {
        Tenant tenant = Tenant.create();
        String unknown = UUID.randomUUID().toString();
        tenant.request().queryParam("ProjectUID", unknown).get("/api/v1/project").then().statusCode(404)
                .body("statusCode", equalTo(404)).body("message", equalTo("Project not found."));
        tenant.request().get("/v2/assets/" + unknown).then().statusCode(404).body("code", equalTo(404))
                .body("errors[0].title", equalTo("Not Found"));
        given().header("X-API-KEY", "no-such-key").contentType("application/json").body("{}")
                .post("/api/v2/projects/" + unknown + "/assets").then().statusCode(401).body("error", notNullValue());
        given().get("/r/" + "a".repeat(43)).then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Not found"));
    }

    @Test
    void a_state_rule_keeps_its_meaning_on_each_face() {
        Tenant tenant = Tenant.create();
        String project = tenant.createProject("Rules");
        tenant.request().body(Map.of("projectUID", project, "state", "Active")).put("/api/v1/project/state").then()
                .statusCode(406).body("message", equalTo("Project already has state Active."));
        tenant.request().body(Map.of("projectUID", project, "state", "Archived")).put("/api/v1/project/state").then()
                .statusCode(412).body("message", startsWith("You cannot directly change state from Active"));
    }

    @Test
    void field_errors_are_400_on_the_workflow_face_and_422_on_the_tree_face() {
        Tenant tenant = Tenant.create();
        tenant.request().body(Map.of()).post("/api/v1/project").then().statusCode(400).body("status", equalTo(400))
                .body("errors.projectName", notNullValue());
        String project = tenant.createProject("Invalid");
        String root = tenant.request().get("/v2/projects/" + project).then().statusCode(200).extract()
                .path("root_asset_id");
        tenant.request().body(Map.of("type", "file", "name", "a.pdf", "filetype", "application/pdf", "filesize", -1))
                .post("/v2/assets/" + root + "/children").then().statusCode(422).body("code", equalTo(422))
                .body("message", equalTo("Invalid arguments"));
    }

    @Test
    void an_unknown_path_elsewhere_is_plain_json() {
        given().get("/media/nothing-here").then().statusCode(404).body("error", equalTo("Not found."));
    }
}

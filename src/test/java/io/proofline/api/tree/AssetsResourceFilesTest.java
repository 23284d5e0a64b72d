package io.proofline.api.tree;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.proofline.support.Placeholders;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** {@code POST /v2/assets/{id}/children} with {@code type: file}: the placeholder and every way to get it wrong. */
@QuarkusTest
class AssetsResourceFilesTest {

    static ValidatableResponse create(Tenant tenant, String parentId, Map<String, Object> body) {
        return tenant.request().body(body).post("/v2/assets/" + parentId + "/children").then();
    }

    static Map<String, Object> file(String name, Object filesize) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "file");
        body.put("name", name);
        body.put("filetype", "application/pdf");
        body.put("filesize", filesize);
        return body;
    }

    static void invalid(ValidatableResponse response, String detail) {
        response.statusCode(422).body("code", equalTo(422)).body("message", equalTo("Invalid arguments"))
                .body("errors[0].status", equalTo(422)).body("errors[0].detail", containsString(detail));
    }

    @Test
    void a_placeholder_is_listed_among_the_children_as_a_pending_file() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        String id = create(tenant, root, file("box.pdf", 1000)).statusCode(201).body("name", equalTo("box.pdf"))
                .body("filesize", equalTo(1000)).body("filetype", equalTo("application/pdf"))
                .body("upload_urls", hasSize(1)).extract().path("id");
        tenant.request().queryParam("type", "file").get("/v2/assets/" + root + "/children").then().statusCode(200)
                .header("total", "1").body("[0].id", equalTo(id)).body("[0].upload_completed_at", equalTo(null))
                .body("[0]", not(hasKey("upload_urls")));
        tenant.request().get("/v2/assets/" + id).then().statusCode(200).body("_type", equalTo("file")).body("checksums",
                equalTo(null));
        // a missing filetype is octet-stream, as S3 would store it
        Map<String, Object> untyped = file("notes.bin", 5);
        untyped.remove("filetype");
        create(tenant, root, untyped).statusCode(201).body("filetype", equalTo("application/octet-stream"));
    }

    @Test
    void bad_sizes_are_422() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        invalid(create(tenant, root, file("a.pdf", null)), "'filesize' must not be empty.");
        invalid(create(tenant, root, file("a.pdf", 0)), "'filesize' must be greater than 0.");
        invalid(create(tenant, root, file("a.pdf", -5)), "'filesize' must be greater than 0.");
        invalid(create(tenant, root, file("a.pdf", "12")), "filesize");
        invalid(create(tenant, root, file("a.pdf", 1.5)), "filesize");
        invalid(create(tenant, root, file("a.pdf", 3L * 1024 * 1024 * 1024)), "'filesize' must be at most");
        tenant.request().body("{\"type\": \"file\", \"name\": \"a.pdf\", \"filesize\": 99999999999999999999999}")
                .post("/v2/assets/" + root + "/children").then().statusCode(422);
        tenant.request().get("/v2/assets/" + root + "/children").then().header("total", "0");
    }

    @Test
    void names_that_are_paths_or_hold_control_characters_are_422() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        invalid(create(tenant, root, file(null, 10)), "'name' must not be empty.");
        invalid(create(tenant, root, file("  ", 10)), "'name' must not be empty.");
        invalid(create(tenant, root, file("../x", 10)), "'name' must be a file name, not a path.");
        invalid(create(tenant, root, file("a/b.pdf", 10)), "not a path");
        invalid(create(tenant, root, file("..\\b.pdf", 10)), "not a path");
        invalid(create(tenant, root, file("..", 10)), "'name' is not a valid file name.");
        invalid(create(tenant, root, file("a\u0000b.pdf", 10)), "NUL");
        invalid(create(tenant, root, file("a\nb.pdf", 10)), "control characters");
        invalid(create(tenant, root, file("x".repeat(256), 10)), "255 characters or fewer");
        Map<String, Object> badType = file("a.pdf", 10);
        badType.put("filetype", "not a type");
        invalid(create(tenant, root, badType), "'filetype' must be a media type");
        badType.put("filetype", 7);
        invalid(create(tenant, root, badType), "filetype");
        tenant.request().get("/v2/assets/" + root + "/children").then().header("total", "0");
    }

    @Test
    void files_go_into_folders_of_projects_the_caller_sees_and_may_change() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Where");
        String root = Tree.root(tenant, projectId);
        String placeholder = create(tenant, root, file("a.pdf", 10)).statusCode(201).extract().path("id");
        invalid(create(tenant, placeholder, file("b.pdf", 10)), "Files can only be created inside a folder.");
        // Frame.io's client tries a project id as a parent first: that is a 404
        create(tenant, projectId, file("b.pdf", 10)).statusCode(404).body("code", equalTo(404));
        create(tenant, "not-an-id", file("b.pdf", 10)).statusCode(404);
        create(Tenant.create(), root, file("b.pdf", 10)).statusCode(404);
        tenant.changeState(projectId, "Completed");
        create(tenant, root, file("b.pdf", 10)).statusCode(406);
    }
}

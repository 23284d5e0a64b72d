package io.proofline.api.tree;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

/** Version stacks on /v2: {@code POST /v2/assets/{id}/version} and a stack's children. */
@QuarkusTest
class AssetsResourceVersionsTest {

    /** A file in the project's root folder, uploaded through /api/v1 (optionally as the next version of another). */
    static String upload(Tenant tenant, String projectId, String name, String versionOf) {
        var request = given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId).multiPart("File", name,
                name.getBytes(), "application/octet-stream");
        if (versionOf != null) {
            request.multiPart("AssetUID", versionOf);
        }
        return request.post("/api/v1/asset/upload").then().statusCode(200).extract().path("result.assetUID");
    }

    static io.restassured.response.ValidatableResponse version(Tenant tenant, String target, Object next) {
        return tenant.request().body(next == null ? Map.of() : Map.of("next_asset_id", next))
                .post("/v2/assets/" + target + "/version").then();
    }

    @Test
    void a_file_becomes_a_stack_in_its_place_and_a_stack_appends_newest_first() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Stacks");
        String root = Tree.root(tenant, projectId);
        Tree.folder(tenant, root, "Before");
        String first = upload(tenant, projectId, "box-v1.pdf", null);
        Tree.folder(tenant, root, "After");
        String second = upload(tenant, projectId, "box-v2.pdf", null);
        String third = upload(tenant, projectId, "box-v3.pdf", null);

        String stack = version(tenant, first, second).statusCode(200).body("_type", equalTo("version_stack"))
                .body("type", equalTo("version_stack")).body("name", equalTo("box-v1.pdf"))
                .body("parent_id", equalTo(root)).body("item_count", equalTo(2)).extract().path("id");
        // the stack stands where the file stood; the new version left the folder
        tenant.request().get("/v2/assets/" + root + "/children").then().statusCode(200).header("total", "4")
                .body("name", contains("Before", "box-v1.pdf", "After", "box-v3.pdf"))
                .body("_type", contains("folder", "version_stack", "folder", "file"));
        tenant.request().queryParam("type", "version_stack").get("/v2/assets/" + root + "/children").then()
                .header("total", "1").body("id", contains(stack));
        tenant.request().queryParam("type", "file").get("/v2/assets/" + root + "/children").then().header("total", "1")
                .body("id", contains(third));

        version(tenant, stack, third).statusCode(200).body("id", equalTo(stack)).body("item_count", equalTo(3));
        tenant.request().get("/v2/assets/" + stack + "/children").then().statusCode(200).header("total", "3").body("id",
                contains(third, second, first));
        tenant.request().queryParam("type", "file").get("/v2/assets/" + stack + "/children").then().body("id",
                contains(third, second, first));
        tenant.request().queryParam("page", "1").queryParam("page_size", "2").get("/v2/assets/" + stack + "/children")
                .then().header("total-pages", "2").body("id", contains(third, second));
        tenant.request().queryParam("page", "2").queryParam("page_size", "2").get("/v2/assets/" + stack + "/children")
                .then().body("id", contains(first));
        tenant.request().queryParam("type", "folder").get("/v2/assets/" + stack + "/children").then()
                .header("total", "0").body("$", hasSize(0));

        // the workflow face sees the same versions, and its next upload continues the same stack
        given().auth().oauth2(tenant.token).queryParam("AssetUID", third).get("/api/v1/asset").then()
                .body("result.version", equalTo(3));
        String fourth = upload(tenant, projectId, "box-v4.pdf", first);
        given().auth().oauth2(tenant.token).queryParam("AssetUID", fourth).get("/api/v1/asset").then()
                .body("result.version", equalTo(4));
        tenant.request().get("/v2/assets/" + stack + "/children").then().body("id",
                contains(fourth, third, second, first));
    }

    @Test
    void a_version_of_a_version_joins_its_stack() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Nested");
        String first = upload(tenant, projectId, "a.pdf", null);
        String second = upload(tenant, projectId, "b.pdf", null);
        String third = upload(tenant, projectId, "c.pdf", null);
        String stack = version(tenant, first, second).statusCode(200).extract().path("id");
        version(tenant, second, third).statusCode(200).body("id", equalTo(stack));
        tenant.request().get("/v2/assets/" + stack + "/children").then().body("id", contains(third, second, first));
    }

    @Test
    void every_bad_request_is_a_tree_error() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Bad versions");
        String root = Tree.root(tenant, projectId);
        String folder = Tree.folder(tenant, root, "Folder");
        String file = upload(tenant, projectId, "a.pdf", null);
        String other = upload(tenant, projectId, "b.pdf", null);
        String elsewhere = upload(tenant, tenant.createProject("Elsewhere"), "c.pdf", null);

        version(tenant, file, null).statusCode(422).body("code", equalTo(422)).body("errors[0].detail",
                equalTo("'next_asset_id' must not be empty."));
        version(tenant, file, "not-an-id").statusCode(422).body("errors[0].detail",
                equalTo("'next_asset_id' is not a valid id."));
        version(tenant, file, 17).statusCode(422);
        version(tenant, file, file).statusCode(422).body("errors[0].detail",
                equalTo("An asset cannot be a version of itself."));
        version(tenant, file, folder).statusCode(422).body("errors[0].detail",
                equalTo("Only a file can become a version."));
        version(tenant, folder, file).statusCode(422).body("errors[0].detail",
                equalTo("Versions can only be added to a file or a version stack."));
        version(tenant, file, elsewhere).statusCode(422).body("errors[0].detail",
                equalTo("The next version must be in the same project."));
        version(tenant, file, "00000000-0000-0000-0000-000000000001").statusCode(404).body("errors[0].status",
                equalTo(404));
        String stack = version(tenant, file, other).statusCode(200).extract().path("id");
        version(tenant, stack, other).statusCode(422).body("errors[0].detail",
                equalTo("The next asset is already a version in a version stack."));
        version(tenant, stack, stack).statusCode(422);

        Tenant stranger = Tenant.create();
        String strangers = upload(stranger, stranger.createProject("Theirs"), "d.pdf", null);
        version(stranger, file, strangers).statusCode(404);
        version(tenant, file, strangers).statusCode(404);
        version(tenant, strangers, file).statusCode(404);
        tenant.request().get("/v2/assets/" + stack + "/children").then().body("id", contains(other, file));
    }

    @Test
    void a_completed_project_takes_no_versions() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Done");
        String first = upload(tenant, projectId, "a.pdf", null);
        String second = upload(tenant, projectId, "b.pdf", null);
        tenant.changeState(projectId, "Completed");
        version(tenant, first, second).statusCode(406);
    }
}

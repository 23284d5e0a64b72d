package io.proofline.api.tree;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.asset.AssetType;
import io.proofline.event.Event;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class AssetsResourceTest {

    @Inject
    TreeFixtures fixtures;

    @Test
    void the_root_folder_reads_as_a_folder_with_the_frameio_fields() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Fields");
        String root = Tree.root(tenant, projectId);
        tenant.request().get("/v2/assets/" + root).then().statusCode(200).body("id", equalTo(root))
                .body("type", equalTo("folder")).body("_type", equalTo("folder")).body("parent_id", nullValue())
                .body("project_id", equalTo(projectId)).body("item_count", equalTo(0)).body("$", hasKey("filesize"))
                .body("filesize", nullValue()).body("filetype", nullValue()).body("creator_id", equalTo(tenant.userId))
                .body("created_at", notNullValue()).body("updated_at", notNullValue());
    }

    @Test
    void creating_a_folder_answers_201_with_the_folder_and_counts_it_on_the_parent() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Create");
        String root = Tree.root(tenant, projectId);
        String folder = tenant.request().body(Map.of("name", "Artwork", "type", "folder"))
                .post("/v2/assets/" + root + "/children").then().statusCode(201).body("name", equalTo("Artwork"))
                .body("type", equalTo("folder")).body("_type", equalTo("folder")).body("parent_id", equalTo(root))
                .body("project_id", equalTo(projectId)).body("filesize", nullValue()).body("filetype", nullValue())
                .body("item_count", equalTo(0)).extract().path("id");
        tenant.request().get("/v2/assets/" + root).then().body("item_count", equalTo(1));
        tenant.request().get("/v2/assets/" + folder).then().statusCode(200).body("name", equalTo("Artwork"));
        Event created = fixtures.events(projectId).stream().filter(event -> event.type.equals("folder.created"))
                .findFirst().orElseThrow();
        assertThat(created.assetId).hasToString(folder);
        assertThat(created.data).contains("\"AssetUID\":\"" + folder + "\"").contains("\"Name\":\"Artwork\"");
    }

    @Test
    void children_come_in_creation_order_with_paging_headers_across_pages() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        for (int i = 1; i <= 7; i++) {
            Tree.folder(tenant, root, "Folder " + i);
        }
        tenant.request().queryParam("page_size", 3).get("/v2/assets/" + root + "/children").then().statusCode(200)
                .header("page-number", "1").header("per-page", "3").header("total", "7").header("total-pages", "3")
                .body("name", contains("Folder 1", "Folder 2", "Folder 3"));
        tenant.request().queryParam("page_size", 3).queryParam("page", 2).get("/v2/assets/" + root + "/children").then()
                .statusCode(200).header("page-number", "2").body("name", contains("Folder 4", "Folder 5", "Folder 6"));
        tenant.request().queryParam("page_size", 3).queryParam("page", 3).get("/v2/assets/" + root + "/children").then()
                .statusCode(200).body("name", contains("Folder 7"));
        tenant.request().queryParam("page_size", 3).queryParam("page", 4).get("/v2/assets/" + root + "/children").then()
                .statusCode(200).header("total", "7").body("$", hasSize(0));
    }

    @Test
    void an_empty_folder_lists_nothing_and_still_sends_the_paging_headers() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        tenant.request().get("/v2/assets/" + root + "/children").then().statusCode(200).header("page-number", "1")
                .header("per-page", "50").header("total", "0").header("total-pages", "1").body("$", hasSize(0));
    }

    @Test
    void the_type_filter_lists_one_kind_and_no_filter_lists_all_kinds() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        Tree.folder(tenant, root, "Folder A");
        fixtures.addChild(root, AssetType.file, "box.pdf");
        fixtures.addChild(root, AssetType.version_stack, "Label versions");
        Tree.folder(tenant, root, "Folder B");
        fixtures.addChild(root, AssetType.file, "leaflet.pdf");
        String children = "/v2/assets/" + root + "/children";
        tenant.request().queryParam("type", "folder").get(children).then().statusCode(200).header("total", "2")
                .body("name", contains("Folder A", "Folder B"));
        tenant.request().queryParam("type", "file").get(children).then().statusCode(200).header("total", "2")
                .body("name", contains("box.pdf", "leaflet.pdf")).body("_type", contains("file", "file"));
        tenant.request().queryParam("type", "version_stack").get(children).then().statusCode(200).header("total", "1")
                .body("name", contains("Label versions"));
        tenant.request().get(children).then().statusCode(200).header("total", "5").body("name",
                contains("Folder A", "box.pdf", "Label versions", "Folder B", "leaflet.pdf"));
        tenant.request().queryParam("type", "folder").queryParam("page_size", 1).queryParam("page", 2).get(children)
                .then().header("total-pages", "2").body("name", contains("Folder B"));
    }

    @Test
    void an_unknown_type_filter_is_422() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        tenant.request().queryParam("type", "folders").get("/v2/assets/" + root + "/children").then().statusCode(422)
                .body("code", equalTo(422)).body("errors[0].detail", containsString("'type'"));
    }

    @Test
    void bad_page_and_page_size_values_are_422() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        for (String page : List.of("0", "-1", "abc", "1.5", "99999999999", "1000001")) {
            tenant.request().queryParam("page", page).get(children).then().statusCode(422).body("errors[0].detail",
                    containsString("'page'"));
        }
        for (String size : List.of("0", "-5", "ten", "501")) {
            tenant.request().queryParam("page_size", size).get(children).then().statusCode(422).body("errors[0].detail",
                    containsString("'page_size'"));
        }
        tenant.request().queryParam("page_size", 500).get(children).then().statusCode(200).header("per-page", "500");
    }

    @Test
    void renaming_changes_the_name_and_records_an_edit_event() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Rename");
        String folder = Tree.folder(tenant, Tree.root(tenant, projectId), "Draft");
        tenant.request().body(Map.of("name", "Final")).put("/v2/assets/" + folder).then().statusCode(200)
                .body("id", equalTo(folder)).body("name", equalTo("Final"));
        tenant.request().get("/v2/assets/" + folder).then().body("name", equalTo("Final"));
        Event edited = fixtures.events(projectId).stream().filter(event -> event.type.equals("asset.edited"))
                .findFirst().orElseThrow();
        assertThat(edited.data)
                .isEqualTo("{\"AssetUID\":\"" + folder + "\",\"Attribute\":\"Name\",\"Value\":\"Final\"}");
    }

    @Test
    void moving_puts_the_folder_last_under_its_new_parent_and_updates_both_counts() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Move");
        String root = Tree.root(tenant, projectId);
        String target = Tree.folder(tenant, root, "Target");
        Tree.folder(tenant, target, "Already there");
        String moving = Tree.folder(tenant, root, "Moving");
        Tree.folder(tenant, moving, "Inside moving");
        String last = Tree.folder(tenant, root, "Stays");
        tenant.request().body(Map.of("parent_id", target)).put("/v2/assets/" + moving).then().statusCode(200)
                .body("parent_id", equalTo(target)).body("item_count", equalTo(1));
        tenant.request().get("/v2/assets/" + root + "/children").then().header("total", "2").body("name",
                contains("Target", "Stays"));
        tenant.request().get("/v2/assets/" + target + "/children").then().header("total", "2").body("name",
                contains("Already there", "Moving"));
        tenant.request().get("/v2/assets/" + last).then().body("parent_id", equalTo(root));
        assertThat(fixtures.events(projectId)).anySatisfy(event -> assertThat(event.data)
                .isEqualTo("{\"AssetUID\":\"" + moving + "\",\"Attribute\":\"Parent\",\"Value\":\"" + target + "\"}"));
    }

    @Test
    void rename_and_move_in_one_request_do_both() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String target = Tree.folder(tenant, root, "Target");
        String folder = Tree.folder(tenant, root, "Old");
        tenant.request().body(Map.of("name", "New", "parent_id", target)).put("/v2/assets/" + folder).then()
                .statusCode(200).body("name", equalTo("New")).body("parent_id", equalTo(target));
    }

    @Test
    void moving_into_itself_or_below_itself_is_422() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String outer = Tree.folder(tenant, root, "Outer");
        String inner = Tree.folder(tenant, outer, "Inner");
        String deepest = Tree.folder(tenant, inner, "Deepest");
        tenant.request().body(Map.of("parent_id", outer)).put("/v2/assets/" + outer).then().statusCode(422)
                .body("errors[0].detail", containsString("itself"));
        tenant.request().body(Map.of("parent_id", deepest)).put("/v2/assets/" + outer).then().statusCode(422);
        tenant.request().get("/v2/assets/" + outer).then().body("parent_id", equalTo(root));
    }

    @Test
    void moving_into_another_projects_folder_or_into_a_file_is_422() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String folder = Tree.folder(tenant, root, "Folder");
        String otherRoot = Tree.rootOfNewProject(tenant);
        String otherFolder = Tree.folder(tenant, otherRoot, "Elsewhere");
        tenant.request().body(Map.of("parent_id", otherFolder)).put("/v2/assets/" + folder).then().statusCode(422)
                .body("errors[0].detail", containsString("project"));
        tenant.request().body(Map.of("parent_id", otherRoot)).put("/v2/assets/" + folder).then().statusCode(422);
        String file = fixtures.addChild(root, AssetType.file, "box.pdf");
        tenant.request().body(Map.of("parent_id", file)).put("/v2/assets/" + folder).then().statusCode(422)
                .body("errors[0].detail", containsString("folder"));
    }

    @Test
    void moving_to_an_unknown_parent_is_404() {
        Tenant tenant = Tenant.create();
        String folder = Tree.folder(tenant, Tree.rootOfNewProject(tenant), "Folder");
        tenant.request().body(Map.of("parent_id", UUID.randomUUID().toString())).put("/v2/assets/" + folder).then()
                .statusCode(404);
        tenant.request().body(Map.of("parent_id", "not-an-id")).put("/v2/assets/" + folder).then().statusCode(404);
    }

    @Test
    void the_root_folder_cannot_be_renamed_moved_or_deleted() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String folder = Tree.folder(tenant, root, "Folder");
        tenant.request().body(Map.of("name", "Renamed root")).put("/v2/assets/" + root).then().statusCode(422)
                .body("errors[0].detail", containsString("root"));
        tenant.request().body(Map.of("parent_id", folder)).put("/v2/assets/" + root).then().statusCode(422);
        tenant.request().delete("/v2/assets/" + root).then().statusCode(422);
        tenant.request().get("/v2/assets/" + root).then().statusCode(200).body("name", equalTo("root"));
    }

    @Test
    void deleting_answers_with_the_deleted_asset_and_hides_it_and_everything_below() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Delete");
        String root = Tree.root(tenant, projectId);
        Tree.folder(tenant, root, "Before");
        String doomed = Tree.folder(tenant, root, "Doomed");
        String inside = Tree.folder(tenant, doomed, "Inside");
        Tree.folder(tenant, root, "After");
        // Frame.io's client sends "{}" with every request, DELETE included
        tenant.request().body("{}").delete("/v2/assets/" + doomed).then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(doomed)).body("name", equalTo("Doomed")).body("deleted_at", notNullValue());
        tenant.request().get("/v2/assets/" + doomed).then().statusCode(404);
        tenant.request().get("/v2/assets/" + inside).then().statusCode(404);
        tenant.request().get("/v2/assets/" + doomed + "/children").then().statusCode(404);
        tenant.request().delete("/v2/assets/" + doomed).then().statusCode(404);
        tenant.request().get("/v2/assets/" + root + "/children").then().header("total", "2").body("name",
                contains("Before", "After"));
        assertThat(fixtures.events(projectId)).anySatisfy(event -> {
            assertThat(event.type).isEqualTo("asset.deleted");
            assertThat(event.data).contains("\"AssetUID\":\"" + doomed + "\"");
        });
    }

    @Test
    void creating_needs_a_name_of_at_most_1024_characters() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        tenant.request().body(Map.of("type", "folder")).post(children).then().statusCode(422).body("code", equalTo(422))
                .body("message", equalTo("Invalid arguments")).body("errors[0].status", equalTo(422))
                .body("errors[0].detail", containsString("'name'"));
        tenant.request().body(Map.of("name", "   ", "type", "folder")).post(children).then().statusCode(422);
        tenant.request().body(Map.of("name", "x".repeat(1025), "type", "folder")).post(children).then().statusCode(422)
                .body("errors[0].detail", containsString("1024"));
        tenant.request().body(Map.of("name", "x".repeat(1024), "type", "folder")).post(children).then().statusCode(201);
        tenant.request().body(Map.of("name", "x".repeat(1025)))
                .put("/v2/assets/"
                        + Tree.folder(tenant, children.replace("/v2/assets/", "").replace("/children", ""), "ok"))
                .then().statusCode(422);
    }

    @Test
    void wrong_json_types_garbage_and_missing_bodies_are_422() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String children = "/v2/assets/" + root + "/children";
        tenant.request().body("{\"name\": 12, \"type\": \"folder\"}").post(children).then().statusCode(422)
                .body("errors[0].detail", containsString("name"));
        tenant.request().body("{\"name\": \"A\", \"type\": [\"folder\"]}").post(children).then().statusCode(422);
        tenant.request().body("{\"name\": \"A\", \"type\": \"folder\"").post(children).then().statusCode(422);
        tenant.request().body("[]").post(children).then().statusCode(422);
        tenant.request().post(children).then().statusCode(422);
        String folder = Tree.folder(tenant, root, "Folder");
        tenant.request().body("{\"parent_id\": 7}").put("/v2/assets/" + folder).then().statusCode(422);
        tenant.request().body("{\"name\": false}").put("/v2/assets/" + folder).then().statusCode(422);
    }

    @Test
    void types_other_than_folder_and_file_are_422() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String children = "/v2/assets/" + root + "/children";
        tenant.request().body(Map.of("name", "Stack", "type", "version_stack")).post(children).then().statusCode(422);
        tenant.request().body(Map.of("name", "No type")).post(children).then().statusCode(422).body("errors[0].detail",
                containsString("'type'"));
        tenant.request().get(children).then().header("total", "0");
    }

    @Test
    void folders_are_created_only_inside_folders() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        String file = fixtures.addChild(root, AssetType.file, "box.pdf");
        tenant.request().body(Map.of("name", "Nested", "type", "folder")).post("/v2/assets/" + file + "/children")
                .then().statusCode(422).body("errors[0].detail", containsString("folder"));
    }

    @Test
    void a_completed_project_refuses_tree_changes_with_406() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Done");
        String root = Tree.root(tenant, projectId);
        String folder = Tree.folder(tenant, root, "Folder");
        tenant.request().body(Map.of("projectUID", projectId, "state", "Completed")).put("/api/v1/project/state").then()
                .statusCode(200);
        tenant.request().body(Map.of("name", "Late", "type", "folder")).post("/v2/assets/" + root + "/children").then()
                .statusCode(406).body("code", equalTo(406));
        tenant.request().body(Map.of("name", "Late")).put("/v2/assets/" + folder).then().statusCode(406);
        tenant.request().delete("/v2/assets/" + folder).then().statusCode(406);
        tenant.request().get("/v2/assets/" + root + "/children").then().statusCode(200).header("total", "1");
    }

    @Test
    void another_tenants_assets_are_404_on_every_endpoint() {
        Tenant owner = Tenant.create();
        Tenant stranger = Tenant.create();
        String root = Tree.rootOfNewProject(owner);
        String folder = Tree.folder(owner, root, "Private");
        String strangerRoot = Tree.rootOfNewProject(stranger);
        stranger.request().get("/v2/assets/" + folder).then().statusCode(404).body("code", equalTo(404))
                .body("errors[0].detail", equalTo("Asset not found."));
        stranger.request().get("/v2/assets/" + root + "/children").then().statusCode(404);
        stranger.request().body(Map.of("name", "Intruder", "type", "folder")).post("/v2/assets/" + folder + "/children")
                .then().statusCode(404);
        stranger.request().body(Map.of("name", "Hijacked")).put("/v2/assets/" + folder).then().statusCode(404);
        stranger.request().delete("/v2/assets/" + folder).then().statusCode(404);
        String strangerFolder = Tree.folder(stranger, strangerRoot, "Mine");
        stranger.request().body(Map.of("parent_id", folder)).put("/v2/assets/" + strangerFolder).then().statusCode(404);
        owner.request().get("/v2/assets/" + folder).then().statusCode(200).body("name", equalTo("Private"))
                .body("item_count", equalTo(0));
    }

    @Test
    void unknown_and_malformed_ids_and_project_ids_are_404() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Lookups");
        tenant.request().get("/v2/assets/" + UUID.randomUUID()).then().statusCode(404);
        tenant.request().get("/v2/assets/not-a-uuid").then().statusCode(404).body("code", equalTo(404));
        tenant.request().get("/v2/assets/not-a-uuid/children").then().statusCode(404);
        // Frame.io's client tries a project id as an asset first and falls back on a 404
        tenant.request().get("/v2/assets/" + projectId).then().statusCode(404);
    }

    @Test
    void missing_and_bad_tokens_are_401() {
        given().get("/v2/assets/" + UUID.randomUUID()).then().statusCode(401).body("code", equalTo(401));
        given().auth().oauth2("not-a-token").get("/v2/assets/" + UUID.randomUUID() + "/children").then()
                .statusCode(401);
    }
}

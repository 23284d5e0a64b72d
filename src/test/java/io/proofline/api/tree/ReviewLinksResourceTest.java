package io.proofline.api.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.asset.AssetType;
import io.proofline.review.ReviewLink;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Review links on /v2, to the seed review-links-guide. */
@QuarkusTest
class ReviewLinksResourceTest {

    @Inject
    TreeFixtures fixtures;

    private record Setup(Tenant tenant, String projectId, String root) {
    }

    private static Setup project(String name) {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject(name);
        return new Setup(tenant, projectId, Tree.root(tenant, projectId));
    }

    private static String create(Setup setup, Map<String, ?> body) {
        return setup.tenant.request().body(body).post("/v2/projects/" + setup.projectId + "/review_links").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void a_link_made_with_a_name_only_has_the_seed_defaults_and_a_short_url_that_is_not_its_id() {
        Setup setup = project("Defaults");
        String id = create(setup, Map.of("name", "New Review Link"));
        setup.tenant.request().get("/v2/review_links/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("_type", equalTo("review_link")).body("name", equalTo("New Review Link"))
                .body("project_id", equalTo(setup.projectId)).body("allow_approvals", equalTo(true))
                .body("current_version_only", equalTo(false)).body("enable_downloading", equalTo(true))
                .body("$", hasKey("expires_at")).body("expires_at", nullValue()).body("has_password", equalTo(false))
                .body("is_active", equalTo(true)).body("item_count", equalTo(0)).body("$", not(hasKey("password")))
                .body("owner_id", equalTo(setup.tenant.userId)).body("created_at", notNullValue())
                .body("short_url", matchesPattern("https?://[^/]+/r/[A-Za-z0-9_-]{43}"))
                .body("short_url", not(org.hamcrest.Matchers.containsString(id)));
        String token = setup.tenant.request().get("/v2/review_links/" + id).then().extract().path("short_url");
        String other = create(setup, Map.of("name", "Second"));
        String otherToken = setup.tenant.request().get("/v2/review_links/" + other).then().extract().path("short_url");
        assertThat(otherToken).isNotEqualTo(token);
    }

    @Test
    void every_setting_can_be_given_on_create_and_changed_by_put() {
        Setup setup = project("Settings");
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Client round 1");
        body.put("allow_approvals", false);
        body.put("current_version_only", true);
        body.put("enable_downloading", false);
        body.put("expires_at", "2030-04-08T12:00:00+00:00");
        body.put("password", "let-me-in");
        String id = create(setup, body);
        setup.tenant.request().get("/v2/review_links/" + id).then().body("allow_approvals", equalTo(false))
                .body("current_version_only", equalTo(true)).body("enable_downloading", equalTo(false))
                .body("expires_at", equalTo("2030-04-08T12:00:00Z")).body("has_password", equalTo(true));
        String hash = QuarkusTransaction.requiringNew()
                .call(() -> ReviewLink.<ReviewLink> findById(UUID.fromString(id)).passwordHash);
        assertThat(hash).startsWith("$2").doesNotContain("let-me-in");

        Map<String, Object> change = new HashMap<>();
        change.put("name", "Client round 2");
        change.put("expires_at", null);
        change.put("password", null);
        change.put("is_active", false);
        setup.tenant.request().body(change).put("/v2/review_links/" + id).then().statusCode(200)
                .body("name", equalTo("Client round 2")).body("expires_at", nullValue())
                .body("has_password", equalTo(false)).body("is_active", equalTo(false))
                // what the PUT left out stays as it was
                .body("allow_approvals", equalTo(false)).body("current_version_only", equalTo(true));
        assertThat(Db.events(setup.projectId).stream().map(event -> event.type)).contains("review_link.created",
                "review_link.edited");
    }

    @Test
    void bad_settings_are_422_with_the_field_named() {
        Setup setup = project("Bad settings");
        String links = "/v2/projects/" + setup.projectId + "/review_links";
        setup.tenant.request().body(Map.of()).post(links).then().statusCode(422).body("code", equalTo(422))
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("'name' must not be empty."));
        setup.tenant.request().body(Map.of("name", 7)).post(links).then().statusCode(422);
        setup.tenant.request().body(Map.of("name", "x", "allow_approvals", "yes")).post(links).then().statusCode(422)
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("allow_approvals"));
        setup.tenant.request().body(Map.of("name", "x", "expires_at", "next week")).post(links).then().statusCode(422);
        setup.tenant.request().body(Map.of("name", "x", "expires_at", "-5000-01-01T00:00:00Z")).post(links).then()
                .statusCode(422).body("errors[0].detail", org.hamcrest.Matchers.containsString("expires_at"));
        setup.tenant.request().body(Map.of("name", "x", "expires_at", "+99999-01-01T00:00:00Z")).post(links).then()
                .statusCode(422);
        // bcrypt reads 72 bytes: 37 two-byte letters are 74, and the last one would not count
        setup.tenant.request().body(Map.of("name", "x", "password", "é".repeat(37))).post(links).then().statusCode(422)
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("72 bytes"));
        setup.tenant.request().body(Map.of("name", "x", "password", "é".repeat(36))).post(links).then().statusCode(201);
        setup.tenant.request().body(Map.of("name", "x", "has_password", true)).post(links).then().statusCode(422);
        setup.tenant.request().body(Map.of("name", "x".repeat(256))).post(links).then().statusCode(422);
        setup.tenant.request().body("[1]").post(links).then().statusCode(422);
        setup.tenant.request().body("{not json").post(links).then().statusCode(422);
        String id = create(setup, Map.of("name", "ok"));
        setup.tenant.request().body(Map.of("name", "")).put("/v2/review_links/" + id).then().statusCode(422);
        setup.tenant.request().body(Map.of("password", 1234)).put("/v2/review_links/" + id).then().statusCode(422);
    }

    @Test
    void assets_of_the_project_are_added_in_order_and_listed_as_items_with_their_payload() {
        Setup setup = project("Items");
        String first = fixtures.addChild(setup.root, AssetType.file, "box.pdf");
        String stack = fixtures.addChild(setup.root, AssetType.version_stack, "label");
        String id = create(setup, Map.of("name", "Items"));
        setup.tenant.request().body(Map.of("asset_ids", List.of(first, stack)))
                .post("/v2/review_links/" + id + "/assets").then().statusCode(200).body("id", equalTo(id))
                .body("item_count", equalTo(2));
        // adding one again changes nothing
        setup.tenant.request().body(Map.of("asset_ids", List.of(stack))).post("/v2/review_links/" + id + "/assets")
                .then().statusCode(200).body("item_count", equalTo(2));
        setup.tenant.request().get("/v2/review_links/" + id + "/items").then().statusCode(200).header("total", "2")
                .header("page-number", "1").body("asset_id", contains(first, stack))
                .body("review_link_id", contains(id, id)).body("[0]._type", equalTo("review_link_item"))
                .body("[0].asset.id", equalTo(first)).body("[0].asset.name", equalTo("box.pdf"))
                .body("[1].asset.type", equalTo("version_stack"));
        setup.tenant.request().get("/v2/review_links/" + id + "/items?page=2&page_size=1").then()
                .body("asset_id", contains(stack)).header("total-pages", "2");
        // a deleted asset leaves the link
        setup.tenant.request().delete("/v2/assets/" + first).then().statusCode(200);
        setup.tenant.request().get("/v2/review_links/" + id + "/items").then().header("total", "1").body("asset_id",
                contains(stack));
        setup.tenant.request().get("/v2/review_links/" + id).then().body("item_count", equalTo(1));
    }

    @Test
    void only_files_and_stacks_of_the_links_project_can_be_added() {
        Setup setup = project("Only this project");
        String id = create(setup, Map.of("name", "Strict"));
        String assets = "/v2/review_links/" + id + "/assets";
        String folder = Tree.folder(setup.tenant, setup.root, "Folder");
        setup.tenant.request().body(Map.of("asset_ids", List.of(folder))).post(assets).then().statusCode(422);
        String otherProject = setup.tenant.createProject("Other");
        String elsewhere = fixtures.addChild(Tree.root(setup.tenant, otherProject), AssetType.file, "x.pdf");
        setup.tenant.request().body(Map.of("asset_ids", List.of(elsewhere))).post(assets).then().statusCode(422)
                .body("errors[0].detail", org.hamcrest.Matchers.containsString("not in the review link's project"));
        setup.tenant.request().body(Map.of("asset_ids", List.of(UUID.randomUUID().toString()))).post(assets).then()
                .statusCode(404);
        setup.tenant.request().body(Map.of("asset_ids", List.of("not-an-id"))).post(assets).then().statusCode(404);
        setup.tenant.request().body(Map.of("asset_ids", List.of())).post(assets).then().statusCode(422);
        setup.tenant.request().body(Map.of("asset_ids", "abc")).post(assets).then().statusCode(422);
        setup.tenant.request().body(Map.of("asset_ids", List.of(1, 2))).post(assets).then().statusCode(422);
        setup.tenant.request().body(Map.of()).post(assets).then().statusCode(422);
        setup.tenant.request().get("/v2/review_links/" + id).then().body("item_count", equalTo(0));
    }

    @Test
    void the_projects_links_are_listed_with_paging_and_a_deleted_link_is_gone() {
        Setup setup = project("List");
        String a = create(setup, Map.of("name", "A"));
        String b = create(setup, Map.of("name", "B"));
        String links = "/v2/projects/" + setup.projectId + "/review_links";
        setup.tenant.request().get(links).then().statusCode(200).header("total", "2").body("id", contains(a, b));
        setup.tenant.request().delete("/v2/review_links/" + a).then().statusCode(200).body("id", equalTo(a))
                .body("deleted_at", notNullValue());
        setup.tenant.request().get(links).then().header("total", "1").body("id", contains(b));
        setup.tenant.request().get("/v2/review_links/" + a).then().statusCode(404);
        setup.tenant.request().delete("/v2/review_links/" + a).then().statusCode(404);
        assertThat(Db.events(setup.projectId).stream().map(event -> event.type)).contains("review_link.deleted");
    }

    @Test
    void another_tenant_sees_none_of_it() {
        Setup setup = project("Private");
        String file = fixtures.addChild(setup.root, AssetType.file, "secret.pdf");
        String id = create(setup, Map.of("name", "Mine"));
        Tenant stranger = Tenant.create();
        stranger.request().get("/v2/projects/" + setup.projectId + "/review_links").then().statusCode(404);
        stranger.request().body(Map.of("name", "x")).post("/v2/projects/" + setup.projectId + "/review_links").then()
                .statusCode(404);
        stranger.request().get("/v2/review_links/" + id).then().statusCode(404).body("code", equalTo(404));
        stranger.request().get("/v2/review_links/" + id + "/items").then().statusCode(404);
        stranger.request().body(Map.of("name", "x")).put("/v2/review_links/" + id).then().statusCode(404);
        stranger.request().delete("/v2/review_links/" + id).then().statusCode(404);
        stranger.request().body(Map.of("asset_ids", List.of(file))).post("/v2/review_links/" + id + "/assets").then()
                .statusCode(404);
        // the stranger's own link cannot take our asset either
        String strangerProject = stranger.createProject("Theirs");
        String theirs = stranger.request().body(Map.of("name", "Theirs"))
                .post("/v2/projects/" + strangerProject + "/review_links").then().statusCode(201).extract().path("id");
        stranger.request().body(Map.of("asset_ids", List.of(file))).post("/v2/review_links/" + theirs + "/assets")
                .then().statusCode(404);
        setup.tenant.request().get("/v2/review_links/not-a-uuid").then().statusCode(404);
    }

    @Test
    void links_of_a_completed_project_cannot_change() {
        Setup setup = project("Completed");
        String id = create(setup, Map.of("name", "Before"));
        setup.tenant.changeState(setup.projectId, "Completed");
        setup.tenant.request().body(Map.of("name", "After")).put("/v2/review_links/" + id).then().statusCode(406);
        setup.tenant.request().body(Map.of("name", "New")).post("/v2/projects/" + setup.projectId + "/review_links")
                .then().statusCode(406);
        setup.tenant.request().get("/v2/review_links/" + id).then().statusCode(200).body("name", equalTo("Before"));
    }
}

package io.proofline.api.tree;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectsResourceTest {

    @Inject
    TreeFixtures fixtures;

    @Test
    void a_project_reads_with_its_root_asset_team_and_state() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Catalogue");
        String team = Tree.firstTeam(tenant);
        String root = tenant.request().get("/v2/projects/" + projectId).then().statusCode(200)
                .body("id", equalTo(projectId)).body("name", equalTo("Catalogue")).body("team_id", equalTo(team))
                .body("team.id", equalTo(team)).body("team.account_id", equalTo(tenant.companyId))
                .body("private", equalTo(false)).body("owner_id", equalTo(tenant.userId))
                .body("state", equalTo("Active")).body("created_at", notNullValue()).extract().path("root_asset_id");
        tenant.request().get("/v2/assets/" + root).then().statusCode(200).body("project_id", equalTo(projectId));
    }

    @Test
    void unknown_foreign_malformed_and_asset_ids_are_404() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String projectId = tenant.createProject("Mine");
        String root = Tree.root(tenant, projectId);
        stranger.request().get("/v2/projects/" + projectId).then().statusCode(404).body("code", equalTo(404));
        tenant.request().get("/v2/projects/" + UUID.randomUUID()).then().statusCode(404);
        tenant.request().get("/v2/projects/not-a-uuid").then().statusCode(404);
        tenant.request().get("/v2/projects/" + root).then().statusCode(404);
    }

    @Test
    void shared_projects_list_projects_of_other_accounts_the_caller_collaborates_on() {
        Tenant owner = Tenant.create();
        Tenant guest = Tenant.create();
        guest.createProject("Guest's own");
        String first = owner.createProject("Shared first");
        owner.createProject("Not shared");
        String second = owner.createProject("Shared second");
        fixtures.share(first, guest.userId);
        fixtures.share(second, guest.userId);
        guest.request().get("/v2/projects/shared").then().statusCode(200).header("total", "2")
                .header("total-pages", "1").body("name", contains("Shared first", "Shared second"))
                .body("[0].team.account_id", equalTo(owner.companyId)).body("[0].root_asset_id", notNullValue());
        guest.request().body(Map.of("page", 2, "page_size", 1)).get("/v2/projects/shared").then()
                .header("page-number", "2").header("total-pages", "2").body("name", contains("Shared second"));
        String root = guest.request().get("/v2/projects/" + first).then().statusCode(200).extract()
                .path("root_asset_id");
        Tree.folder(owner, root, "Visible to the guest");
        guest.request().queryParam("type", "folder").get("/v2/assets/" + root + "/children").then().statusCode(200)
                .body("name", contains("Visible to the guest"));
    }

    @Test
    void a_caller_without_shared_projects_gets_an_empty_page_with_headers() {
        Tenant tenant = Tenant.create();
        tenant.createProject("Own project");
        tenant.request().get("/v2/projects/shared").then().statusCode(200).header("total", "0")
                .header("total-pages", "1").header("page-number", "1").header("per-page", "50").body("$", hasSize(0));
        tenant.request().queryParam("page", "x").get("/v2/projects/shared").then().statusCode(422);
    }
}

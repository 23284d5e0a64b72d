package io.proofline.api.tree;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TeamsResourceTest {

    @Test
    void teams_lists_every_team_of_the_caller_across_accounts() {
        Tenant tenant = Tenant.create();
        Tenant second = Tenant.create();
        AccountsResourceTest.addToCompany(tenant, second.companyId);
        tenant.request().get("/v2/teams").then().statusCode(200).header("total", "2").body("$", hasSize(2))
                .body("account_id", contains(tenant.companyId, second.companyId));
        tenant.request().queryParam("page_size", 1).queryParam("page", 2).get("/v2/teams").then()
                .header("total-pages", "2").body("account_id", contains(second.companyId));
    }

    @Test
    void one_team_reads_by_id_and_a_foreign_one_is_404() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String team = Tree.firstTeam(tenant);
        tenant.request().get("/v2/teams/" + team).then().statusCode(200).body("id", equalTo(team)).body("account_id",
                equalTo(tenant.companyId));
        stranger.request().get("/v2/teams/" + team).then().statusCode(404).body("errors[0].detail",
                equalTo("Team not found."));
    }

    @Test
    void creating_a_project_in_a_team_makes_the_caller_its_owner() {
        Tenant tenant = Tenant.create();
        String team = Tree.firstTeam(tenant);
        String projectId = tenant.request().body(Map.of("name", "Spring packaging", "private", true))
                .post("/v2/teams/" + team + "/projects").then().statusCode(201)
                .body("name", equalTo("Spring packaging")).body("_type", equalTo("project"))
                .body("team_id", equalTo(team)).body("team.id", equalTo(team))
                .body("team.account_id", equalTo(tenant.companyId)).body("team.name", notNullValue())
                .body("private", equalTo(true)).body("owner_id", equalTo(tenant.userId))
                .body("state", equalTo("Active")).body("root_asset_id", notNullValue())
                .body("created_at", notNullValue()).body("updated_at", notNullValue()).extract().path("id");
        tenant.request().get("/v2/projects/" + projectId).then().statusCode(200).body("private", equalTo(true));
        // the workflow face has no 'private': replacing the attributes there keeps the project private
        tenant.request().body(Map.of("projectUID", projectId, "projectName", "Spring packaging v2", "projectOwnersUIDS",
                java.util.List.of(tenant.userId))).put("/api/v1/project").then().statusCode(200);
        tenant.request().get("/v2/projects/" + projectId).then().statusCode(200).body("private", equalTo(true))
                .body("name", equalTo("Spring packaging v2"));
        tenant.request().body(Map.of("name", "Public one")).post("/v2/teams/" + team + "/projects").then()
                .statusCode(201).body("private", equalTo(false));
    }

    @Test
    void team_projects_page_oldest_first_with_headers() {
        Tenant tenant = Tenant.create();
        String team = Tree.firstTeam(tenant);
        for (String name : new String[] { "One", "Two", "Three" }) {
            tenant.request().body(Map.of("name", name)).post("/v2/teams/" + team + "/projects").then().statusCode(201);
        }
        tenant.request().queryParam("page_size", 2).get("/v2/teams/" + team + "/projects").then().statusCode(200)
                .header("page-number", "1").header("per-page", "2").header("total", "3").header("total-pages", "2")
                .body("name", contains("One", "Two"));
        tenant.request().body(Map.of("page", 2, "page_size", 2)).get("/v2/teams/" + team + "/projects").then()
                .statusCode(200).header("page-number", "2").body("name", contains("Three"));
    }

    @Test
    void private_projects_stay_hidden_from_other_members_of_the_team() {
        Tenant tenant = Tenant.create();
        Tenant colleague = tenant.anotherMember();
        String team = Tree.firstTeam(tenant);
        tenant.request().body(Map.of("name", "Secret", "private", true)).post("/v2/teams/" + team + "/projects").then()
                .statusCode(201);
        tenant.request().body(Map.of("name", "Open")).post("/v2/teams/" + team + "/projects").then().statusCode(201);
        colleague.request().get("/v2/teams/" + team + "/projects").then().statusCode(200).header("total", "1")
                .body("name", contains("Open"));
    }

    @Test
    void creating_a_project_validates_the_body_with_422() {
        Tenant tenant = Tenant.create();
        String projects = "/v2/teams/" + Tree.firstTeam(tenant) + "/projects";
        tenant.request().body("{}").post(projects).then().statusCode(422).body("errors[0].detail",
                containsString("'name'"));
        tenant.request().body(Map.of("name", "x".repeat(101))).post(projects).then().statusCode(422);
        tenant.request().body("{\"name\": \"P\", \"private\": \"yes\"}").post(projects).then().statusCode(422)
                .body("errors[0].detail", containsString("private"));
        tenant.request().body("{\"name\": 5}").post(projects).then().statusCode(422);
        tenant.request().body("{\"name\": ").post(projects).then().statusCode(422);
        tenant.request().get(projects).then().header("total", "0");
    }

    @Test
    void another_tenants_team_is_404_for_listing_and_creating() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String team = Tree.firstTeam(tenant);
        stranger.request().get("/v2/teams/" + team + "/projects").then().statusCode(404);
        stranger.request().body(Map.of("name", "Intruder")).post("/v2/teams/" + team + "/projects").then()
                .statusCode(404);
        tenant.request().get("/v2/teams/" + UUID.randomUUID() + "/projects").then().statusCode(404);
        tenant.request().get("/v2/teams/x/projects").then().statusCode(404);
        tenant.request().get("/v2/teams/" + team + "/projects").then().header("total", "0");
    }
}

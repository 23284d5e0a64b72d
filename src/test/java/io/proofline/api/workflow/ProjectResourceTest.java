package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.project.ProjectState;
import io.proofline.support.BadBodies;
import io.proofline.support.BadBodies.BadBody;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ProjectResourceTest {

    @Inject
    AssetTree tree;

    // --- GET /api/v1/project

    @Test
    void a_new_project_is_listed_with_every_attribute_in_the_envelope() {
        Tenant tenant = Tenant.create();
        String id = tenant.request().body(fullBody(tenant, "Spring packaging")).post("/api/v1/project").then()
                .statusCode(200).extract().path("result.projectUID");

        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("message", equalTo("GET Request successful.")).body("result", hasSize(1))
                .body("result[0].projectUID", equalTo(id)).body("result[0].clientUID", equalTo(tenant.companyId))
                .body("result[0].projectName", equalTo("Spring packaging")).body("result[0].state", equalTo("Active"))
                .body("result[0].customer", equalTo("ACME Foods")).body("result[0].project", equalTo("Crunchy"))
                .body("result[0].design", equalTo("Carton")).body("result[0].revision", equalTo("R2"))
                .body("result[0].description", equalTo("The spring carton"))
                .body("result[0].tags", contains("carton", "spring"))
                .body("result[0].dueDate", equalTo("2030-12-07T20:56:38.818000"))
                .body("result[0].projectOwnersUIDS", contains(tenant.userId))
                .body("result[0].reviewStatus.pendingCount", equalTo(0))
                .body("result[0].reviewStatus.approvedCount", equalTo(0))
                .body("result[0].reviewStatus.rejectedCount", equalTo(0)).body("result[0].created", notNullValue());
    }

    @Test
    void every_listed_project_carries_review_counts() {
        Tenant tenant = Tenant.create();
        tenant.createProject("One");
        tenant.createProject("Two");
        tenant.request().get("/api/v1/project").then().statusCode(200).body("result", hasSize(2))
                .body("result.reviewStatus.pendingCount", contains(0, 0))
                .body("result.reviewStatus.approvedCount", contains(0, 0))
                .body("result.reviewStatus.rejectedCount", contains(0, 0));
    }

    @Test
    void the_list_defaults_to_active_on_hold_and_completed_projects() {
        Tenant tenant = Tenant.create();
        String active = tenant.createProject("Active one");
        String onHold = tenant.createProject("On hold one");
        tenant.changeState(onHold, "OnHold");
        String completed = tenant.createProject("Completed one");
        tenant.changeState(completed, "Completed");
        String archived = tenant.createProject("Archived one");
        Db.forceState(archived, ProjectState.Archived);
        String inTransit = tenant.createProject("Moving one");
        Db.forceState(inTransit, ProjectState.InTransit);

        tenant.request().get("/api/v1/project").then().statusCode(200).body("result.projectUID",
                containsInAnyOrder(active, onHold, completed));
        tenant.request().queryParam("States", "Archived").get("/api/v1/project").then().statusCode(200)
                .body("result.projectUID", contains(archived));
        tenant.request().queryParam("States", "InTransit,Archived").get("/api/v1/project").then().statusCode(200)
                .body("result.projectUID", containsInAnyOrder(archived, inTransit));
        tenant.request().queryParam("States", "Active,OnHold").get("/api/v1/project").then().statusCode(200)
                .body("result.projectUID", containsInAnyOrder(active, onHold));
    }

    @Test
    void an_unknown_state_in_the_filter_is_a_400() {
        Tenant tenant = Tenant.create();
        tenant.request().queryParam("States", "Active,Deleted").get("/api/v1/project").then().statusCode(400)
                .body("errors", hasKey("States")).body("title", equalTo("One or more validation errors occurred."));
    }

    @Test
    void query_searches_every_attribute_case_sensitively() {
        Tenant tenant = Tenant.create();
        Map<String, String> byAttribute = new HashMap<>();
        byAttribute.put("projectName", create(tenant, Map.of("projectName", "Name Needle")));
        byAttribute.put("customer", create(tenant, Map.of("projectName", "p2", "customer", "Customer Needle")));
        byAttribute.put("project", create(tenant, Map.of("projectName", "p3", "project", "Product Needle")));
        byAttribute.put("design", create(tenant, Map.of("projectName", "p4", "design", "Design Needle")));
        byAttribute.put("revision", create(tenant, Map.of("projectName", "p5", "revision", "Revision Needle")));
        byAttribute.put("description",
                create(tenant, Map.of("projectName", "p6", "description", "Description Needle")));
        byAttribute.put("tags", create(tenant, Map.of("projectName", "p7", "tags", List.of("a", "TagNeedle"))));
        create(tenant, Map.of("projectName", "unrelated", "description", "nothing here"));

        Map<String, String> queries = Map.of("projectName", "Name Needle", "customer", "Customer N", "project",
                "oduct Need", "design", "Design", "revision", "Revision Needle", "description", "ption Nee", "tags",
                "TagNeed");
        queries.forEach((attribute, query) -> tenant.request().queryParam("Query", query).get("/api/v1/project").then()
                .statusCode(200).body("result.projectUID", contains(byAttribute.get(attribute))));

        tenant.request().queryParam("Query", "Needle").get("/api/v1/project").then().statusCode(200).body("result",
                hasSize(7));
        tenant.request().queryParam("Query", "needle").get("/api/v1/project").then().statusCode(200).body("result",
                empty());
        tenant.request().queryParam("Query", "NEEDLE").get("/api/v1/project").then().statusCode(200).body("result",
                empty());
    }

    @Test
    void query_treats_wildcards_literally() {
        Tenant tenant = Tenant.create();
        String percent = create(tenant, Map.of("projectName", "100% cotton"));
        create(tenant, Map.of("projectName", "1000 cotton"));
        String underscore = create(tenant, Map.of("projectName", "a_b"));
        create(tenant, Map.of("projectName", "axb"));
        tenant.request().queryParam("Query", "0%").get("/api/v1/project").then().body("result.projectUID",
                contains(percent));
        tenant.request().queryParam("Query", "a_b").get("/api/v1/project").then().body("result.projectUID",
                contains(underscore));
        tenant.request().queryParam("Query", "!").get("/api/v1/project").then().statusCode(200).body("result", empty());
    }

    @Test
    void project_uid_states_and_query_combine_with_and() {
        Tenant tenant = Tenant.create();
        String blue = create(tenant, Map.of("projectName", "Blue box"));
        String red = create(tenant, Map.of("projectName", "Red box"));
        tenant.changeState(red, "OnHold");

        tenant.request().queryParam("Query", "box").queryParam("States", "OnHold").get("/api/v1/project").then()
                .body("result.projectUID", contains(red));
        tenant.request().queryParam("ProjectUID", blue).queryParam("Query", "Red").get("/api/v1/project").then()
                .statusCode(200).body("result", empty());
        tenant.request().queryParam("ProjectUID", blue).queryParam("States", "OnHold").get("/api/v1/project").then()
                .statusCode(200).body("result", empty());
        tenant.request().queryParam("ProjectUID", blue).queryParam("Query", "Blue").queryParam("States", "Active")
                .get("/api/v1/project").then().body("result.projectUID", contains(blue));
    }

    @Test
    void a_project_asked_for_by_id_is_found_in_any_state() {
        Tenant tenant = Tenant.create();
        String archived = tenant.createProject("Archived");
        Db.forceState(archived, ProjectState.Archived);
        tenant.request().queryParam("ProjectUID", archived).get("/api/v1/project").then().statusCode(200)
                .body("result[0].state", equalTo("Archived"));
    }

    @Test
    void unknown_and_malformed_project_ids_are_404() {
        Tenant tenant = Tenant.create();
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1", "x".repeat(1000))) {
            tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(404)
                    .body("version", equalTo("1.0")).body("statusCode", equalTo(404))
                    .body("message", equalTo("Project not found.")).body("$", not(hasKey("result")));
        }
    }

    @Test
    void child_collections_appear_only_when_asked_for() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Plain");
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200)
                .body("result[0]", not(hasKey("assets"))).body("result[0]", not(hasKey("tasks")))
                .body("result[0]", not(hasKey("refDocs")));
        tenant.request().queryParam("ProjectUID", id).queryParam("IsLoadAssets", "true")
                .queryParam("IsLoadTasks", "true").queryParam("IsLoadRefDocs", "true").get("/api/v1/project").then()
                .statusCode(200).body("result[0].assets", empty()).body("result[0].tasks", empty())
                .body("result[0].refDocs", empty());
        tenant.request().queryParam("ProjectUID", id).queryParam("IsLoadLastVerAssets", "false").get("/api/v1/project")
                .then().statusCode(200).body("result[0]", not(hasKey("assets")));
    }

    @Test
    void assets_are_listed_with_only_the_newest_version_by_default() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("With assets");
        UUID creator = UUID.fromString(tenant.userId);
        UUID projectId = UUID.fromString(id);
        Map<String, String> ids = QuarkusTransaction.requiringNew().call(() -> {
            UUID root = Db.project(id).rootAssetId;
            Asset loose = tree.newAsset(projectId, AssetType.file, "loose.pdf", creator);
            tree.append(loose, root);
            Asset folder = tree.newAsset(projectId, AssetType.folder, "folder", creator);
            tree.append(folder, root);
            Asset nested = tree.newAsset(projectId, AssetType.file, "nested.pdf", creator);
            tree.append(nested, folder.id);
            Asset stack = tree.newAsset(projectId, AssetType.version_stack, "label", creator);
            tree.append(stack, root);
            Asset first = tree.newAsset(projectId, AssetType.file, "label-v1.pdf", creator);
            tree.append(first, stack.id);
            Asset second = tree.newAsset(projectId, AssetType.file, "label-v2.pdf", creator);
            tree.append(second, stack.id);
            return Map.of("loose", loose.id.toString(), "nested", nested.id.toString(), "v1", first.id.toString(), "v2",
                    second.id.toString());
        });

        tenant.request().queryParam("ProjectUID", id).queryParam("IsLoadAssets", "true").get("/api/v1/project").then()
                .statusCode(200)
                .body("result[0].assets.assetUID",
                        containsInAnyOrder(ids.get("loose"), ids.get("nested"), ids.get("v2")))
                .body("result[0].assets.find { it.assetUID == '" + ids.get("v2") + "' }.name", equalTo("label-v2.pdf"));
        tenant.request().queryParam("ProjectUID", id).queryParam("IsLoadAssets", "true")
                .queryParam("IsLoadLastVerAssets", "false").get("/api/v1/project").then().statusCode(200)
                .body("result[0].assets.assetUID",
                        containsInAnyOrder(ids.get("loose"), ids.get("nested"), ids.get("v1"), ids.get("v2")));
    }

    @Test
    void boolean_parameters_must_be_true_or_false() {
        Tenant tenant = Tenant.create();
        for (String flag : List.of("IsLoadAssets", "IsLoadLastVerAssets", "IsLoadTasks", "IsLoadRefDocs")) {
            tenant.request().queryParam(flag, "yes").get("/api/v1/project").then().statusCode(400)
                    .body("errors", hasKey(flag)).body("status", equalTo(400));
        }
    }

    @Test
    void an_overlong_query_is_a_400() {
        Tenant tenant = Tenant.create();
        tenant.request().queryParam("Query", "q".repeat(201)).get("/api/v1/project").then().statusCode(400)
                .body("errors", hasKey("Query"));
    }

    // --- POST /api/v1/project

    @Test
    void create_replies_with_the_new_project() {
        Tenant tenant = Tenant.create();
        tenant.request().body(fullBody(tenant, "Created")).post("/api/v1/project").then().statusCode(200)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("message", equalTo("POST Request successful.")).body("result.projectUID", notNullValue())
                .body("result.state", equalTo("Active")).body("result.clientUID", equalTo(tenant.companyId))
                .body("result.reviewStatus.pendingCount", equalTo(0));
    }

    @Test
    void create_without_name_or_owners_is_a_400_in_the_seed_shape() {
        Tenant tenant = Tenant.create();
        tenant.request().body("{}").post("/api/v1/project").then().statusCode(400)
                .body("errors.projectName[0]", equalTo("'projectName' must not be empty."))
                .body("errors.projectOwnersUIDS[0]", equalTo("'projectOwnersUIDS' must not be empty."))
                .body("type", equalTo("https://tools.ietf.org/html/rfc7231#section-6.5.1"))
                .body("title", equalTo("One or more validation errors occurred.")).body("status", equalTo(400))
                .body("traceId", notNullValue());
        tenant.request().body(Map.of("projectName", "  ", "projectOwnersUIDS", List.of())).post("/api/v1/project")
                .then().statusCode(400).body("errors", hasKey("projectName"))
                .body("errors", hasKey("projectOwnersUIDS"));
        tenant.request().get("/api/v1/project").then().body("result", empty());
    }

    @Test
    void attributes_at_their_limits_are_accepted() {
        Tenant tenant = Tenant.create();
        List<String> owners = new ArrayList<>(List.of(tenant.userId));
        for (int i = 0; i < 19; i++) {
            owners.add(tenant.anotherMemberId());
        }
        Map<String, Object> body = new HashMap<>();
        body.put("projectName", "n".repeat(100));
        body.put("customer", "c".repeat(50));
        body.put("project", "p".repeat(50));
        body.put("design", "d".repeat(50));
        body.put("revision", "r".repeat(50));
        body.put("description", "e".repeat(200));
        body.put("tags", IntStream.range(0, 20).mapToObj(i -> String.format("%025d", i)).toList());
        body.put("projectOwnersUIDS", owners);
        tenant.request().body(body).post("/api/v1/project").then().statusCode(200).body("result.tags", hasSize(20))
                .body("result.projectOwnersUIDS", hasSize(20)).body("result.description", equalTo("e".repeat(200)));
    }

    @ParameterizedTest
    @CsvSource({ "projectName,101", "customer,51", "project,51", "design,51", "revision,51", "description,201" })
    void an_overlong_attribute_is_a_400(String field, int length) {
        Tenant tenant = Tenant.create();
        Map<String, Object> body = new HashMap<>(
                Map.of("projectName", "ok", "projectOwnersUIDS", List.of(tenant.userId)));
        body.put(field, "x".repeat(length));
        tenant.request().body(body).post("/api/v1/project").then().statusCode(400).body("errors", hasKey(field))
                .body("errors." + field + "[0]", equalTo("The length of '" + field + "' must be " + (length - 1)
                        + " characters or fewer. You entered " + length + " characters."));
    }

    @Test
    void too_many_or_too_long_tags_and_too_many_owners_are_400() {
        Tenant tenant = Tenant.create();
        List<String> owners = Stream.generate(() -> tenant.userId).limit(21).toList();
        tenant.request().body(Map.of("projectName", "x", "projectOwnersUIDS", owners)).post("/api/v1/project").then()
                .statusCode(400).body("errors", hasKey("projectOwnersUIDS"));
        tenant.request()
                .body(Map.of("projectName", "x", "projectOwnersUIDS", List.of(tenant.userId), "tags",
                        Stream.generate(() -> "t").limit(21).toList()))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("tags"));
        tenant.request()
                .body(Map.of("projectName", "x", "projectOwnersUIDS", List.of(tenant.userId), "tags",
                        List.of("t".repeat(26))))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("tags"));
        tenant.request()
                .body(Map.of("projectName", "x", "projectOwnersUIDS", List.of(tenant.userId), "tags",
                        List.of("ok", " ")))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("tags"));
        tenant.request()
                .body("{\"projectName\": \"x\", \"projectOwnersUIDS\": [\"" + tenant.userId + "\"], \"tags\": [null]}")
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("tags"));
    }

    @Test
    void due_date_takes_a_date_or_a_date_time_and_nothing_else() {
        Tenant tenant = Tenant.create();
        create(tenant, Map.of("projectName", "date", "dueDate", "2030-12-04"));
        create(tenant, Map.of("projectName", "date-time", "dueDate", "2030-12-04T10:15:30"));
        create(tenant, Map.of("projectName", "zoned", "dueDate", "2030-12-04T10:15:30+02:00"));
        tenant.request().queryParam("Query", "zoned").get("/api/v1/project").then().body("result[0].dueDate",
                equalTo("2030-12-04T08:15:30.000000"));
        tenant.request().queryParam("Query", "date").queryParam("States", "Active").get("/api/v1/project").then()
                .body("result.dueDate", hasItem("2030-12-04T00:00:00.000000"));
        for (String bad : List.of("tomorrow", "2030-13-01", "04/12/2030", "2030-12-04T25:00")) {
            tenant.request()
                    .body(Map.of("projectName", "x", "projectOwnersUIDS", List.of(tenant.userId), "dueDate", bad))
                    .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("dueDate"));
        }
    }

    @Test
    void owners_must_be_users_of_the_project_account() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String unknown = UUID.randomUUID().toString();
        for (String owner : List.of(stranger.userId, unknown)) {
            tenant.request().body(Map.of("projectName", "x", "projectOwnersUIDS", List.of(tenant.userId, owner)))
                    .post("/api/v1/project").then().statusCode(412).body("version", equalTo("1.0"))
                    .body("statusCode", equalTo(412))
                    .body("message", equalTo("User with UID [" + owner + "] not found."));
        }
        tenant.request().body(Map.of("projectName", "x", "projectOwnersUIDS", List.of("not-an-id")))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("projectOwnersUIDS"));
        tenant.request().get("/api/v1/project").then().body("result", empty());
    }

    @Test
    void another_member_of_the_account_may_own_the_project() {
        Tenant tenant = Tenant.create();
        Tenant colleague = tenant.anotherMember();
        String id = create(tenant, Map.of("projectName", "shared", "projectOwnersUIDS", List.of(colleague.userId)));
        colleague.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200)
                .body("result[0].projectOwnersUIDS", contains(colleague.userId));
    }

    @Test
    void client_uid_chooses_the_account_and_defaults_to_the_first() {
        Tenant tenant = Tenant.create();
        String second = Tenant.createCompany("Second " + UUID.randomUUID());
        Tenant.admin()
                .body(Map.of("email", tenant.email, "name", "Same person", "password", "irrelevant-1", "companyUID",
                        second))
                .post("/api/v1/user").then().statusCode(200).body("result.userUID", equalTo(tenant.userId));

        String inSecond = tenant.request()
                .body(Map.of("clientUID", second, "projectName", "x", "projectOwnersUIDS", List.of(tenant.userId)))
                .post("/api/v1/project").then().statusCode(200).body("result.clientUID", equalTo(second)).extract()
                .path("result.projectUID");
        String inFirst = tenant.createProject("default");
        tenant.request().queryParam("ProjectUID", inFirst).get("/api/v1/project").then().body("result[0].clientUID",
                equalTo(tenant.companyId));
        tenant.request().get("/api/v1/project").then().body("result.projectUID", containsInAnyOrder(inFirst, inSecond));
    }

    @Test
    void a_foreign_or_unknown_client_uid_is_404_and_a_malformed_one_400() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        for (String client : List.of(stranger.companyId, UUID.randomUUID().toString())) {
            tenant.request()
                    .body(Map.of("clientUID", client, "projectName", "x", "projectOwnersUIDS", List.of(tenant.userId)))
                    .post("/api/v1/project").then().statusCode(404).body("statusCode", equalTo(404))
                    .body("message", equalTo("Company not found."));
        }
        tenant.request()
                .body(Map.of("clientUID", "acme", "projectName", "x", "projectOwnersUIDS", List.of(tenant.userId)))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("clientUID"));
        stranger.request().get("/api/v1/project").then().body("result", empty());
    }

    // --- PUT /api/v1/project

    @Test
    void edit_replaces_the_attributes() {
        Tenant tenant = Tenant.create();
        String id = tenant.request().body(fullBody(tenant, "Before")).post("/api/v1/project").then().statusCode(200)
                .extract().path("result.projectUID");
        Tenant colleague = tenant.anotherMember();
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "After", "customer", "Other", "tags", List.of("new"),
                        "projectOwnersUIDS", List.of(colleague.userId)))
                .put("/api/v1/project").then().statusCode(200).body("message", equalTo("PUT Request successful."))
                .body("result.projectName", equalTo("After")).body("result.customer", equalTo("Other"))
                .body("result.design", nullValue()).body("result.dueDate", nullValue())
                .body("result.tags", contains("new")).body("result.projectOwnersUIDS", contains(colleague.userId));
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then()
                .body("result[0].projectName", equalTo("After")).body("result[0].revision", nullValue());
    }

    @Test
    void edit_takes_the_project_id_from_the_query_too() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Before");
        tenant.request().queryParam("ProjectUID", id)
                .body(Map.of("projectName", "After", "projectOwnersUIDS", List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(200).body("result.projectName", equalTo("After"));
    }

    @Test
    void edit_is_validated_like_create() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Before");
        tenant.request().body(Map.of("projectName", "After")).put("/api/v1/project").then().statusCode(400)
                .body("errors.projectUID[0]", equalTo("'projectUID' must not be empty."))
                .body("errors", hasKey("projectOwnersUIDS"));
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "x".repeat(101), "projectOwnersUIDS",
                        List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(400).body("errors", hasKey("projectName"));
        String unknownUser = UUID.randomUUID().toString();
        tenant.request().body(Map.of("projectUID", id, "projectName", "x", "projectOwnersUIDS", List.of(unknownUser)))
                .put("/api/v1/project").then().statusCode(412)
                .body("message", equalTo("User with UID [" + unknownUser + "] not found."));
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().body("result[0].projectName",
                equalTo("Before"));
    }

    @ParameterizedTest
    @CsvSource({ "Completed", "Archived", "InTransit" })
    void editing_a_project_that_is_not_active_or_on_hold_is_406(ProjectState state) {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Locked");
        Db.forceState(id, state);
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "Changed", "projectOwnersUIDS", List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(406).body("version", equalTo("1.0"))
                .body("statusCode", equalTo(406)).body("message", equalTo(
                        "Project’s editing is possible only when the project is Active or OnHold. Completed, Archived or InTransit projects are not mutable."));
        assertThat(Db.project(id).name).isEqualTo("Locked");
    }

    @Test
    void an_on_hold_project_can_be_edited() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Waiting");
        tenant.changeState(id, "OnHold");
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "Still waiting", "projectOwnersUIDS",
                        List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(200).body("result.state", equalTo("OnHold"));
    }

    @Test
    void editing_an_unknown_project_is_404() {
        Tenant tenant = Tenant.create();
        for (String id : List.of(UUID.randomUUID().toString(), "nope")) {
            tenant.request()
                    .body(Map.of("projectUID", id, "projectName", "x", "projectOwnersUIDS", List.of(tenant.userId)))
                    .put("/api/v1/project").then().statusCode(404).body("message", equalTo("Project not found."));
        }
    }

    // --- DELETE /api/v1/project

    @Test
    void deleting_a_completed_project_removes_it() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Done");
        tenant.changeState(id, "Completed");
        tenant.request().queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(200)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("message", equalTo("DELETE Request successful."));
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(404);
        tenant.request().queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(404).body("message",
                equalTo("Project not found."));
        tenant.request().get("/api/v1/project").then().body("result", empty());
    }

    @Test
    void an_archived_project_can_be_deleted() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Old");
        Db.forceState(id, ProjectState.Archived);
        tenant.request().queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({ "Active", "OnHold", "InTransit" })
    void deleting_a_project_that_is_not_completed_or_archived_is_412(ProjectState state) {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Busy");
        Db.forceState(id, state);
        tenant.request().queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(412)
                .body("statusCode", equalTo(412))
                .body("message", equalTo("Project must be either Completed or Archived to be deleted."));
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200);
    }

    @Test
    void delete_needs_a_project_id() {
        Tenant tenant = Tenant.create();
        tenant.request().delete("/api/v1/project").then().statusCode(400).body("errors.ProjectUID[0]",
                equalTo("'ProjectUID' must not be empty."));
        tenant.request().queryParam("ProjectUID", "bad").delete("/api/v1/project").then().statusCode(404)
                .body("message", equalTo("Project not found."));
    }

    // --- PUT /api/v1/project/state

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({ "Active,Active,406,", "Active,OnHold,200,OnHold", "Active,Completed,200,Completed",
            "Active,Archived,412,", "Active,InTransit,412,", "OnHold,Active,200,Active", "OnHold,OnHold,406,",
            "OnHold,Completed,200,Completed", "OnHold,Archived,412,", "OnHold,InTransit,412,",
            "Completed,Active,200,Active", "Completed,OnHold,412,", "Completed,Completed,406,",
            "Completed,Archived,200,InTransit", "Completed,InTransit,412,", "Archived,Active,200,InTransit",
            "Archived,OnHold,412,", "Archived,Completed,412,", "Archived,Archived,406,", "Archived,InTransit,412,",
            "InTransit,Active,412,", "InTransit,OnHold,412,", "InTransit,Completed,412,", "InTransit,Archived,412,",
            "InTransit,InTransit,406," })
    void the_state_machine_allows_only_its_documented_moves(ProjectState from, ProjectState to, int status,
            String landsIn) {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Machine");
        if (from != ProjectState.Active) {
            // InTransit without a job: it stays there for the whole test
            Db.forceState(id, from);
        }
        Response response = tenant.request().body(Map.of("projectUID", id, "state", to.name()))
                .put("/api/v1/project/state");
        response.then().statusCode(status).body("version", equalTo("1.0")).body("statusCode", equalTo(status));
        String message = response.path("message");
        switch (status) {
            case 200 -> {
                assertThat(message).isEqualTo("PUT Request successful.");
                assertThat((String) response.path("result.state")).isEqualTo(landsIn);
            }
            case 406 -> assertThat(message).isEqualTo("Project already has state " + to + ".");
            default -> assertThat(message).isEqualTo(
                    "You cannot directly change state from " + from + " to " + to + ". Please refer documentation.");
        }
        if (status != 200) {
            assertThat(Db.project(id).state).isEqualTo(from);
        }
    }

    @Test
    void state_is_taken_from_the_query_when_the_body_has_none() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Query state");
        given().auth().oauth2(tenant.token).queryParam("ProjectUID", id).queryParam("State", "OnHold")
                .put("/api/v1/project/state").then().statusCode(200).body("result.state", equalTo("OnHold"));
        tenant.request().queryParam("ProjectUID", id).queryParam("State", "Active").body("{}")
                .put("/api/v1/project/state").then().statusCode(200).body("result.state", equalTo("Active"));
        tenant.request().queryParam("ProjectUID", id).body(Map.of("state", "Completed")).put("/api/v1/project/state")
                .then().statusCode(200).body("result.state", equalTo("Completed"));
    }

    @Test
    void state_change_needs_a_project_and_a_known_state() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Needs");
        tenant.request().body("{}").put("/api/v1/project/state").then().statusCode(400)
                .body("errors.projectUID[0]", equalTo("'projectUID' must not be empty."))
                .body("errors.state[0]", equalTo("'state' must not be empty."));
        tenant.request().body(Map.of("projectUID", id, "state", "Deleted")).put("/api/v1/project/state").then()
                .statusCode(400).body("errors", hasKey("state"));
        tenant.request().body(Map.of("projectUID", UUID.randomUUID().toString(), "state", "OnHold"))
                .put("/api/v1/project/state").then().statusCode(404).body("message", equalTo("Project not found."));
        tenant.request().body(Map.of("projectUID", "garbage", "state", "OnHold")).put("/api/v1/project/state").then()
                .statusCode(404).body("message", equalTo("Project not found."));
    }

    // --- Tenant isolation

    @Test
    void another_tenants_project_is_404_everywhere_and_stays_untouched() {
        Tenant owner = Tenant.create();
        Tenant stranger = Tenant.create();
        String id = owner.request().body(fullBody(owner, "Secret")).post("/api/v1/project").then().statusCode(200)
                .extract().path("result.projectUID");
        String completed = owner.createProject("Secret done");
        owner.changeState(completed, "Completed");

        stranger.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(404)
                .body("message", equalTo("Project not found.")).body("$", not(hasKey("result")));
        stranger.request().queryParam("Query", "Secret").queryParam("States", "Active,OnHold,Completed,Archived")
                .get("/api/v1/project").then().statusCode(200).body("result", empty());
        stranger.request()
                .body(Map.of("projectUID", id, "projectName", "Hijacked", "projectOwnersUIDS",
                        List.of(stranger.userId)))
                .put("/api/v1/project").then().statusCode(404).body("message", equalTo("Project not found."));
        stranger.request().body(Map.of("projectUID", id, "state", "OnHold")).put("/api/v1/project/state").then()
                .statusCode(404).body("message", equalTo("Project not found."));
        stranger.request().queryParam("ProjectUID", completed).delete("/api/v1/project").then().statusCode(404)
                .body("message", equalTo("Project not found."));

        owner.request().queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200)
                .body("result[0].projectName", equalTo("Secret")).body("result[0].state", equalTo("Active"));
        owner.request().queryParam("ProjectUID", completed).get("/api/v1/project").then().statusCode(200)
                .body("result[0].state", equalTo("Completed"));
    }

    @Test
    void owners_from_another_account_are_412_on_edit() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String id = tenant.createProject("Mine");
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "Mine", "projectOwnersUIDS", List.of(stranger.userId)))
                .put("/api/v1/project").then().statusCode(412)
                .body("message", equalTo("User with UID [" + stranger.userId + "] not found."));
    }

    // --- Authentication and bad input

    @Test
    void every_project_endpoint_needs_credentials() {
        given().get("/api/v1/project").then().statusCode(401).body("version", equalTo("1.0")).body("statusCode",
                equalTo(401));
        given().contentType("application/json").body("{}").post("/api/v1/project").then().statusCode(401);
        given().contentType("application/json").body("{}").put("/api/v1/project").then().statusCode(401);
        given().queryParam("ProjectUID", UUID.randomUUID().toString()).delete("/api/v1/project").then().statusCode(401);
        given().contentType("application/json").body("{}").put("/api/v1/project/state").then().statusCode(401);
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void a_body_that_is_not_a_project_is_a_4xx_on_every_write(BadBody bad) {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Target");
        for (String method : List.of("POST", "PUT")) {
            BadBodies.assertWorkflowClientError(tenant.request().contentType(bad.contentType()).body(bad.body())
                    .request(method, "/api/v1/project"));
        }
        BadBodies.assertWorkflowClientError(tenant.request().queryParam("ProjectUID", id).contentType(bad.contentType())
                .body(bad.body()).put("/api/v1/project/state"));
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Active);
    }

    @Test
    void an_empty_body_is_a_400_on_every_write() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Target");
        for (String method : List.of("POST", "PUT")) {
            tenant.request().body("").request(method, "/api/v1/project").then().statusCode(400)
                    .body("errors", hasKey("projectName")).body("errors", hasKey("projectOwnersUIDS"));
        }
        tenant.request().body("").put("/api/v1/project/state").then().statusCode(400).body("errors", hasKey("state"));
        tenant.request().queryParam("ProjectUID", id).queryParam("State", "OnHold").body("")
                .put("/api/v1/project/state").then().statusCode(200).body("result.state", equalTo("OnHold"));
    }

    @Test
    void asking_for_anything_but_json_is_a_4xx_in_the_envelope() {
        Tenant tenant = Tenant.create();
        given().auth().oauth2(tenant.token).accept("text/html").get("/api/v1/project").then().statusCode(406)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(406));
    }

    @Test
    void fields_of_the_wrong_json_type_are_400() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Target");
        List<String> strings = List.of("projectUID", "clientUID", "projectName", "customer", "project", "design",
                "revision", "description", "dueDate");
        List<String> arrays = List.of("tags", "projectOwnersUIDS");
        BadBodies.assertWrongTypesRefused(body -> tenant.request().body(body).post("/api/v1/project"), strings, arrays);
        BadBodies.assertWrongTypesRefused(body -> tenant.request().body(body).put("/api/v1/project"), strings, arrays);
        BadBodies.assertWrongTypesRefused(body -> tenant.request().queryParam("ProjectUID", id)
                .queryParam("State", "OnHold").body(body).put("/api/v1/project/state"), List.of("projectUID", "state"),
                List.of());
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Active);
    }

    @Test
    void control_characters_and_nul_in_text_are_400_not_500() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Target");
        tenant.request().body(Map.of("projectName", "nul\u0000name", "projectOwnersUIDS", List.of(tenant.userId)))
                .post("/api/v1/project").then().statusCode(400).body("errors", hasKey("projectName"));
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "ok", "tags", List.of("a\u0000b"), "projectOwnersUIDS",
                        List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(400).body("errors", hasKey("tags"));
        tenant.request().queryParam("Query", "a\u0000b").get("/api/v1/project").then().statusCode(400).body("errors",
                hasKey("Query"));
    }

    @Test
    void unicode_text_is_kept_exactly() {
        Tenant tenant = Tenant.create();
        String name = "Ünïcødé ✓ 日本語 🎨 <b>&amp;</b>";
        String id = create(tenant, Map.of("projectName", name, "tags", List.of("🎨")));
        tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then()
                .body("result[0].projectName", equalTo(name)).body("result[0].tags", contains("🎨"));
        tenant.request().queryParam("Query", "日本").get("/api/v1/project").then().body("result.projectUID",
                contains(id));
    }

    @Test
    void unknown_paths_and_methods_answer_in_the_envelope() {
        Tenant tenant = Tenant.create();
        tenant.request().get("/api/v1/project/nothing-here").then().statusCode(404).body("version", equalTo("1.0"))
                .body("statusCode", equalTo(404));
        tenant.request().body("{}").patch("/api/v1/project").then().statusCode(405).body("statusCode", equalTo(405));
    }

    // --- helpers

    private static Map<String, Object> fullBody(Tenant tenant, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectName", name);
        body.put("customer", "ACME Foods");
        body.put("project", "Crunchy");
        body.put("design", "Carton");
        body.put("revision", "R2");
        body.put("description", "The spring carton");
        body.put("tags", List.of("carton", "spring"));
        body.put("dueDate", "2030-12-07T20:56:38.818Z");
        body.put("projectOwnersUIDS", List.of(tenant.userId));
        return body;
    }

    /** Creates a project from the given attributes (owned by the tenant's user unless owners are given). */
    private static String create(Tenant tenant, Map<String, Object> attributes) {
        Map<String, Object> body = new HashMap<>(attributes);
        body.putIfAbsent("projectOwnersUIDS", List.of(tenant.userId));
        return tenant.request().body(body).post("/api/v1/project").then().statusCode(200).extract()
                .path("result.projectUID");
    }
}

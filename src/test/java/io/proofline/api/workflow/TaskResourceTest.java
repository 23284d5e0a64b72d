package io.proofline.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.proofline.project.ProjectState;
import io.proofline.review.ReviewTask;
import io.proofline.support.BadBodies;
import io.proofline.support.BadBodies.BadBody;
import io.proofline.support.Db;
import io.proofline.support.Tasks;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.proofline.system.Passwords;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TaskResourceTest {

    static final String INTERNAL = "/api/v1/task/review_asset";
    static final String EXTERNAL = "/api/v1/task/review_asset_ext";

    @Inject
    Passwords passwords;

    /**
     * One setup for the tests whose requests are all refused: nothing is created in it, so they cannot disturb each
     * other, and each case does not pay for a tenant and an upload.
     */
    private static Tasks.Setup refusing;

    static synchronized Tasks.Setup refusing() {
        if (refusing == null) {
            refusing = Tasks.setup(1);
        }
        return refusing;
    }

    static Map<String, Object> externalBody(Tasks.Setup setup) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectUID", setup.projectId());
        body.put("email", "Reviewer@Example.com");
        body.put("assetUIDs", setup.assetIds());
        return body;
    }

    static Response postExternal(Tasks.Setup setup, Map<String, Object> body) {
        return setup.tenant().request().body(body).post(EXTERNAL);
    }

    // --- POST review_asset

    @Test
    void an_internal_task_is_created_for_a_colleague_and_listed() {
        Tasks.Setup setup = Tasks.setup(2);
        Tenant colleagueLogin = setup.tenant().anotherMember();
        String colleague = colleagueLogin.userId;
        Tasks.shareProject(setup, colleague);
        Response created = setup.tenant().request().body(Map.of("projectUID", setup.projectId(), "userUID", colleague,
                "assetUIDs", setup.assetIds(), "dueDate", "2030-12-04", "comment", "Check the barcode")).post(INTERNAL);
        created.then().statusCode(200).body("message", equalTo("POST Request successful."))
                .body("result.type", equalTo("ReviewAsset")).body("result.status", equalTo("Open"))
                .body("result.userUID", equalTo(colleague)).body("result.projectUID", equalTo(setup.projectId()))
                .body("result.assetUIDs", equalTo(setup.assetIds()))
                .body("result.dueDate", equalTo("2030-12-04T00:00:00.000000"))
                .body("result.comment", equalTo("Check the barcode")).body("result.hasPassword", equalTo(false))
                .body("result.isReadOnly", equalTo(false)).body("result.isAllowDownloadAssets", equalTo(true))
                // the page acts as the colleague without a login: its link is theirs alone, not the creator's
                .body("result.reviewUrl", nullValue());
        String taskId = created.path("result.taskUID");
        ReviewTask task = Tasks.task(taskId);
        assertThat(task.token).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(taskId).doesNotContain(taskId);

        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().statusCode(200)
                .body("result", hasSize(1)).body("result[0].taskUID", equalTo(taskId))
                .body("result[0].reviewUrl", nullValue());
        colleagueLogin.request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().statusCode(200)
                .body("result[0].reviewUrl", endsWith("/t/" + task.token));
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).queryParam("IsLoadTasks", "true")
                .get("/api/v1/project").then().statusCode(200).body("result[0].tasks", hasSize(1))
                .body("result[0].tasks[0].taskUID", equalTo(taskId)).body("result[0].tasks[0].reviewUrl", nullValue());
        colleagueLogin.request().queryParam("ProjectUID", setup.projectId()).queryParam("IsLoadTasks", "true")
                .get("/api/v1/project").then().statusCode(200)
                .body("result[0].tasks[0].reviewUrl", endsWith("/t/" + task.token));
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/project").then()
                .body("result[0]", org.hamcrest.Matchers.not(hasKey("tasks")));
        assertThat(Db.events("task.created", taskId)).hasSize(1);
    }

    @Test
    void an_internal_task_for_a_colleague_who_cannot_see_the_project_is_412() {
        Tasks.Setup setup = Tasks.setup(1);
        String colleague = setup.tenant().anotherMemberId();
        Db.makePrivate(setup.projectId());
        setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "userUID", colleague, "assetUIDs", setup.assetIds()))
                .post(INTERNAL).then().statusCode(412)
                .body("message", equalTo("User with UID [" + colleague + "] cannot see project [" + setup.projectId()
                        + "]: make them an owner or collaborator of it, or a member of its team, first."));
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().statusCode(200)
                .body("result", hasSize(0));
    }

    @Test
    void an_internal_task_for_an_unknown_user_is_412_with_the_seeds_message() {
        Tasks.Setup setup = Tasks.setup(1);
        String stranger = Tenant.create().userId;
        for (String user : List.of(UUID.randomUUID().toString(), stranger, "not-an-id")) {
            setup.tenant().request()
                    .body(Map.of("projectUID", setup.projectId(), "userUID", user, "assetUIDs", setup.assetIds()))
                    .post(INTERNAL).then().statusCode(412).body("statusCode", equalTo(412))
                    .body("message", equalTo("User with UID [" + user + "] not found."));
        }
    }

    @Test
    void a_task_on_a_completed_project_is_412_with_the_seeds_message() {
        Tasks.Setup setup = Tasks.setup(1);
        setup.tenant().changeState(setup.projectId(), "Completed");
        setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "userUID", setup.tenant().userId, "assetUIDs",
                        setup.assetIds()))
                .post(INTERNAL).then().statusCode(412)
                .body("message", equalTo("You can not create a task for a project in state [Complete]."));
        postExternal(setup, externalBody(setup)).then().statusCode(412).body("message",
                equalTo("You can not create a task for a project in state [Complete]."));
        Db.forceState(setup.projectId(), ProjectState.Archived);
        postExternal(setup, externalBody(setup)).then().statusCode(412).body("message",
                equalTo("You can not create a task for a project in state [Archived]."));
    }

    @Test
    void an_on_hold_project_can_have_tasks() {
        Tasks.Setup setup = Tasks.setup(1);
        setup.tenant().changeState(setup.projectId(), "OnHold");
        postExternal(setup, externalBody(setup)).then().statusCode(200);
    }

    // --- POST review_asset_ext

    @Test
    void an_external_task_keeps_every_field_and_gets_an_unguessable_link() {
        Tasks.Setup setup = Tasks.setup(1);
        Map<String, Object> body = externalBody(setup);
        body.putAll(Map.of("dueDate", "2030-01-02", "password", "open sesame", "emailSubject", "Please review",
                "emailLanguage", "German", "comment", "Colours?", "isAllowDownloadAssets", true, "isReadOnly", true,
                "name", "Rita Reviewer"));
        Response created = postExternal(setup, body);
        created.then().statusCode(200).body("result.type", equalTo("ReviewAssetExternal"))
                .body("result.email", equalTo("reviewer@example.com")).body("result.name", equalTo("Rita Reviewer"))
                .body("result.hasPassword", equalTo(true)).body("result.emailSubject", equalTo("Please review"))
                .body("result.emailLanguage", equalTo("German")).body("result.isReadOnly", equalTo(true))
                .body("result.isAllowDownloadAssets", equalTo(true)).body("result.comment", equalTo("Colours?"))
                .body("result.reviewUrl", startsWith("http"))
                .body("result", org.hamcrest.Matchers.not(hasKey("password")));
        ReviewTask task = Tasks.task(created.path("result.taskUID"));
        assertThat((String) created.path("result.reviewUrl")).endsWith("/t/" + task.token);
        assertThat(task.token).hasSizeGreaterThanOrEqualTo(43).doesNotContain(task.id.toString());
        assertThat(task.passwordHash).startsWith("$2").doesNotContain("open sesame");
        assertThat(passwords.matches("open sesame", task.passwordHash)).isTrue();
        assertThat(created.asString()).doesNotContain("open sesame").doesNotContain(task.passwordHash);
    }

    @Test
    void defaults_of_an_external_task() {
        Tasks.Setup setup = Tasks.setup(1);
        postExternal(setup, externalBody(setup)).then().statusCode(200).body("result.emailLanguage", equalTo("English"))
                .body("result.isReadOnly", equalTo(false)).body("result.isAllowDownloadAssets", equalTo(false))
                .body("result.hasPassword", equalTo(false)).body("result.dueDate", nullValue());
    }

    @Test
    void a_version_stack_stands_for_its_newest_version() {
        Tasks.Setup setup = Tasks.setup(1);
        String second = Uploads.upload(setup.tenant(), setup.projectId(), "artwork-v2.txt", "v2".getBytes());
        // processing rewrites the asset rows: let it finish before the files move into a stack
        Uploads.processed(setup.assetIds().get(0));
        Uploads.processed(second);
        String stack = setup.tenant().request().body(Map.of("next_asset_id", second))
                .post("/v2/assets/" + setup.assetIds().get(0) + "/version").then().statusCode(200).extract().path("id");
        Map<String, Object> body = externalBody(setup);
        body.put("assetUIDs", List.of(stack));
        postExternal(setup, body).then().statusCode(200).body("result.assetUIDs", contains(second));
    }

    // --- validation

    static List<Map<String, Object>> invalidExternal() {
        return List.of(Map.of("email", ""), Map.of("email", "no-at-sign"), Map.of("assetUIDs", List.of()),
                Map.of("assetUIDs", List.of("nope")), Map.of("dueDate", "tomorrow"), Map.of("emailLanguage", "Klingon"),
                Map.of("emailSubject", "Hi\r\nBcc: victim@example.com"), Map.of("comment", "x".repeat(2001)),
                Map.of("password", "p".repeat(73)), Map.of("password", "é".repeat(37)), Map.of("password", ""),
                Map.of("projectUID", ""), Map.of("name", "a\u0000b"), Map.of("dueDate", "+99999-01-01"),
                Map.of("dueDate", "-0001-01-01"), Map.of("comment", "half a pair: \ud800"));
    }

    @ParameterizedTest
    @MethodSource("invalidExternal")
    void invalid_external_fields_are_400_naming_the_field(Map<String, Object> change) {
        Tasks.Setup setup = refusing();
        Map<String, Object> body = externalBody(setup);
        body.putAll(change);
        Response response = postExternal(setup, body);
        response.then().statusCode(400).body("title", equalTo("One or more validation errors occurred.")).body("errors",
                hasKey(change.keySet().iterator().next()));
    }

    @Test
    void missing_fields_are_400_with_the_seeds_messages() {
        Tasks.Setup setup = refusing();
        setup.tenant().request().body(Map.of()).post(INTERNAL).then().statusCode(400)
                .body("errors.projectUID[0]", equalTo("'projectUID' must not be empty."))
                .body("errors.userUID[0]", equalTo("'userUID' must not be empty."))
                .body("errors.assetUIDs[0]", equalTo("'assetUIDs' must not be empty."));
        setup.tenant().request().body(Map.of()).post(EXTERNAL).then().statusCode(400).body("errors.email[0]",
                equalTo("'email' must not be empty."));
    }

    @Test
    void wrong_json_types_are_400() {
        Tasks.Setup setup = refusing();
        BadBodies.assertWrongTypesRefused(body -> setup.tenant().request().body(body).post(EXTERNAL),
                List.of("projectUID", "email", "dueDate", "comment", "password", "emailSubject", "emailLanguage"),
                List.of("assetUIDs"));
        Response response = setup.tenant().request().body("{\"isReadOnly\": \"yes\"}").post(EXTERNAL);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource("io.proofline.support.BadBodies#notAnObject")
    void malformed_bodies_are_4xx_never_500(BadBody bad) {
        Tenant tenant = refusing().tenant();
        for (String path : List.of(INTERNAL, EXTERNAL)) {
            BadBodies.assertWorkflowClientError(
                    tenant.request().contentType(bad.contentType()).body(bad.body()).post(path));
        }
    }

    @Test
    void folders_and_assets_of_another_project_are_400() {
        Tasks.Setup setup = Tasks.setup(1);
        String otherProject = setup.tenant().createProject("Other");
        String elsewhere = Uploads.upload(setup.tenant(), otherProject, "else.txt", "x".getBytes());
        Map<String, Object> body = externalBody(setup);
        body.put("assetUIDs", List.of(elsewhere));
        postExternal(setup, body).then().statusCode(400).body("errors", hasKey("assetUIDs"));
        String root = Db.project(setup.projectId()).rootAssetId.toString();
        body.put("assetUIDs", List.of(root));
        postExternal(setup, body).then().statusCode(400).body("errors", hasKey("assetUIDs"));
    }

    // --- tenancy

    @Test
    void another_tenants_ids_are_404() {
        Tasks.Setup mine = Tasks.setup(1);
        Tasks.Setup theirs = Tasks.setup(1);
        String theirTask = Tasks.external(theirs, Map.of());

        Map<String, Object> body = externalBody(mine);
        body.put("projectUID", theirs.projectId());
        postExternal(mine, body).then().statusCode(404).body("message", equalTo("Project not found."));
        body = externalBody(mine);
        body.put("assetUIDs", theirs.assetIds());
        postExternal(mine, body).then().statusCode(404).body("message", equalTo("Asset not found."));
        body.put("assetUIDs", List.of(UUID.randomUUID().toString()));
        postExternal(mine, body).then().statusCode(404).body("message", equalTo("Asset not found."));

        mine.tenant().request().queryParam("ProjectUID", theirs.projectId()).get("/api/v1/task").then().statusCode(404)
                .body("message", equalTo("Project not found."));
        mine.tenant().request().queryParam("TaskUID", theirTask).delete("/api/v1/task").then().statusCode(404)
                .body("message", equalTo("Task not found."));
        assertThat(Tasks.task(theirTask).deletedAt).isNull();
    }

    // --- list and delete

    @Test
    void list_and_delete_validate_their_parameters() {
        Tenant tenant = Tenant.create();
        tenant.request().get("/api/v1/task").then().statusCode(400).body("errors", hasKey("ProjectUID"));
        tenant.request().delete("/api/v1/task").then().statusCode(400).body("errors", hasKey("TaskUID"));
        tenant.request().queryParam("TaskUID", "junk").delete("/api/v1/task").then().statusCode(404).body("message",
                equalTo("Task not found."));
        tenant.request().queryParam("ProjectUID", "junk").get("/api/v1/task").then().statusCode(404);
    }

    @Test
    void a_deleted_task_is_gone_and_its_deletion_is_an_event() {
        Tasks.Setup setup = Tasks.setup(1);
        String taskId = Tasks.external(setup, Map.of());
        setup.tenant().request().queryParam("TaskUID", taskId).delete("/api/v1/task").then().statusCode(200)
                .body("message", equalTo("DELETE Request successful."));
        setup.tenant().request().queryParam("TaskUID", taskId).delete("/api/v1/task").then().statusCode(404);
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().body("result",
                empty());
        assertThat(Db.events("task.deleted", taskId)).hasSize(1);
    }

    @Test
    void completing_a_project_deletes_its_open_tasks() {
        Tasks.Setup setup = Tasks.setup(1);
        String taskId = Tasks.external(setup, Map.of());
        setup.tenant().changeState(setup.projectId(), "Completed");
        assertThat(Tasks.task(taskId).deletedAt).isNotNull();
        assertThat(Db.events("task.deleted", taskId)).hasSize(1);
        setup.tenant().changeState(setup.projectId(), "Active");
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().body("result",
                empty());
    }

    @Test
    void deleting_its_only_asset_takes_the_task_away_and_others_keep_the_rest() {
        Tasks.Setup setup = Tasks.setup(2);
        String taskId = Tasks.external(setup, Map.of());
        setup.tenant().request().queryParam("AssetUID", setup.assetIds().get(0)).delete("/api/v1/asset").then()
                .statusCode(200);
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then()
                .body("result[0].taskUID", equalTo(taskId))
                .body("result[0].assetUIDs", contains(setup.assetIds().get(1)));
        setup.tenant().request().queryParam("AssetUID", setup.assetIds().get(1)).delete("/api/v1/asset").then()
                .statusCode(200);
        setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/task").then().body("result",
                empty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "English", "german", "fr", "Polish", "es", "HEBREW", "uk" })
    void every_mail_language_is_accepted_by_name_or_code(String language) {
        Tasks.Setup setup = Tasks.setup(1);
        Map<String, Object> body = externalBody(setup);
        body.put("emailLanguage", language);
        postExternal(setup, body).then().statusCode(200);
    }
}

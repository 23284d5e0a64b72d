package io.proofline.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.proofline.support.Db;
import io.proofline.support.Tasks;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Approve and reject on the review pages, and the pages of external review tasks at /t/{token}. */
@QuarkusTest
class ReviewDecisionPageTest {

    /** The session's CSRF token, as a form's hidden field or as the viewer's data attribute. */
    private static final Pattern CSRF_FIELD = Pattern.compile("(?:name=\"csrf\" value|data-csrf)=\"([^\"]+)\"");

    /** A browser past the gate: its cookie and the CSRF token of the viewer it is on. */
    private record Browser(String cookie, String csrf) {
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String cookieOf(String base, String password) {
        Response first = given().get(base).then().statusCode(200).extract().response();
        String cookie = first.getCookie(ReviewSessions.COOKIE);
        if (password == null) {
            return cookie;
        }
        return given().redirects().follow(false).cookie(ReviewSessions.COOKIE, cookie)
                .formParam("csrf", csrf(first.asString())).formParam("password", password).post(base + "/password")
                .then().statusCode(303).extract().cookie(ReviewSessions.COOKIE);
    }

    private static Browser onViewer(String base, String cookie, String fileId) {
        String html = given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + fileId).then()
                .statusCode(200).extract().asString();
        return new Browser(cookie, csrf(html));
    }

    private static Browser linkReviewer(ReviewFixtures link, String name, String email) {
        String cookie = cookieOf(link.path(), null);
        Browser browser = onViewer(link.path(), cookie, link.assetIds.get(0));
        String named = given().redirects().follow(false).cookie(ReviewSessions.COOKIE, cookie)
                .formParam("csrf", browser.csrf()).formParam("name", name).formParam("email", email)
                .post(link.path() + "/reviewer").then().statusCode(303).extract().cookie(ReviewSessions.COOKIE);
        return onViewer(link.path(), named, link.assetIds.get(0));
    }

    private static Response decide(String base, Browser browser, String fileId, String decision, String comment) {
        var request = given().redirects().follow(false).cookie(ReviewSessions.COOKIE, browser.cookie())
                .formParam("csrf", browser.csrf()).formParam("decision", decision);
        if (comment != null) {
            request.formParam("comment", comment);
        }
        return request.post(base + "/assets/" + fileId + "/decision");
    }

    /** An external task on the fixture's files; returns its page's path, /t/{token}. */
    private static String task(ReviewFixtures files, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("projectUID", files.projectId, "email", "printer@example.com",
                "name", "Pat Printer", "assetUIDs", files.assetIds));
        body.putAll(extra);
        String taskId = files.tenant.request().body(body).post("/api/v1/task/review_asset_ext").then().statusCode(200)
                .extract().path("result.taskUID");
        return "/t/" + Tasks.task(taskId).token;
    }

    /** An internal task on the fixture's files for a colleague made one of the project's owners; returns its id. */
    private static String internalTask(ReviewFixtures files, Tenant colleague) {
        files.tenant
                .request().body(Map.of("projectUID", files.projectId, "projectName", "Internal review",
                        "projectOwnersUIDS", List.of(files.tenant.userId, colleague.userId)))
                .put("/api/v1/project").then().statusCode(200);
        return files.tenant.request()
                .body(Map.of("projectUID", files.projectId, "userUID", colleague.userId, "assetUIDs", files.assetIds))
                .post("/api/v1/task/review_asset").then().statusCode(200).extract().path("result.taskUID");
    }

    /** The project's decision counts on the workflow face. */
    private static void assertProjectCounts(ReviewFixtures files, int approved, int rejected) {
        files.tenant.request().queryParam("ProjectUID", files.projectId).get("/api/v1/project").then().statusCode(200)
                .body("result[0].reviewStatus.approvedCount", equalTo(approved))
                .body("result[0].reviewStatus.rejectedCount", equalTo(rejected));
    }

    private static String taskStatus(ReviewFixtures files) {
        return files.tenant.request().queryParam("ProjectUID", files.projectId).get("/api/v1/task").then()
                .statusCode(200).extract().path("result[0].status");
    }

    @Test
    void a_link_reviewer_approves_and_the_viewer_grid_and_api_show_it() {
        ReviewFixtures link = ReviewFixtures.project().images("label", 2).link(Map.of());
        String file = link.assetIds.get(0);
        Browser browser = linkReviewer(link, "Ann <b>Reviewer</b>", "ann@example.com");

        decide(link.path(), browser, file, "approve", "Colours <ok>").then().statusCode(303).header("Location",
                containsString(link.path() + "/assets/" + file));

        String viewer = given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + file)
                .then().statusCode(200).extract().asString();
        assertThat(viewer).contains("<strong>Approved</strong> by Ann &lt;b&gt;Reviewer&lt;/b&gt;")
                .contains("Colours &lt;ok&gt;").doesNotContain("<b>Reviewer</b>");
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path()).then().statusCode(200)
                .body(containsString(">Approved</span>"));
        link.tenant.request().queryParam("AssetUID", file).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(1))
                .body("result.reviewStatus.rejectedCount", equalTo(0));

        // a second thought replaces the first
        decide(link.path(), browser, file, "reject", null).then().statusCode(303);
        link.tenant.request().queryParam("AssetUID", file).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(0))
                .body("result.reviewStatus.rejectedCount", equalTo(1));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + file).then()
                .statusCode(200).body(containsString("<strong>Rejected</strong>"));
    }

    @Test
    void bad_decisions_are_refused_with_a_page_and_change_nothing() {
        ReviewFixtures link = ReviewFixtures.project().images("box", 1).link(Map.of());
        String file = link.assetIds.get(0);
        Browser browser = linkReviewer(link, "Bo", "bo@example.com");

        decide(link.path(), new Browser(browser.cookie(), "forged"), file, "approve", null).then().statusCode(403)
                .contentType(containsString("text/html"));
        decide(link.path(), browser, file, "maybe", null).then().statusCode(400)
                .body(containsString(ReviewPageResource.DECISION_INVALID));
        decide(link.path(), browser, file, "approve", "x".repeat(2001)).then().statusCode(400);
        decide(link.path(), browser, "not-an-id", "approve", null).then().statusCode(404);
        decide(link.path(), browser, java.util.UUID.randomUUID().toString(), "approve", null).then().statusCode(404);
        link.tenant.request().queryParam("AssetUID", file).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(0));
    }

    @Test
    void the_reviewer_form_refuses_an_address_a_decision_would_refuse() {
        ReviewFixtures link = ReviewFixtures.project().images("box", 1).link(Map.of());
        String cookie = cookieOf(link.path(), null);
        Browser browser = onViewer(link.path(), cookie, link.assetIds.get(0));
        for (String email : new String[] { "ann@example", "ann example.com", "ann@@example.com", "" }) {
            given().cookie(ReviewSessions.COOKIE, cookie).formParam("csrf", browser.csrf()).formParam("name", "Ann")
                    .formParam("email", email).post(link.path() + "/reviewer").then().statusCode(400)
                    .contentType(containsString("text/html")).body(containsString(ReviewPageResource.REVIEWER_INVALID));
        }
        Browser named = linkReviewer(link, "Ann", "  ann@example.com ");
        decide(link.path(), named, link.assetIds.get(0), "approve", null).then().statusCode(303);
        link.tenant.request().queryParam("AssetUID", link.assetIds.get(0)).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(1));
    }

    @Test
    void a_link_without_approvals_shows_no_buttons_and_refuses_decisions() {
        ReviewFixtures link = ReviewFixtures.project().images("flyer", 1).link(Map.of("allow_approvals", false));
        String file = link.assetIds.get(0);
        Browser browser = linkReviewer(link, "Cy", "cy@example.com");
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + file).then()
                .statusCode(200).body(not(containsString(">Approve</button>")));
        decide(link.path(), browser, file, "approve", null).then().statusCode(403)
                .body(containsString(ReviewPageResource.NO_DECISIONS));
    }

    @Test
    void a_task_opens_behind_its_password_knows_its_reviewer_and_finishes_when_every_file_is_decided() {
        ReviewFixtures files = ReviewFixtures.project().images("carton", 2);
        String base = task(files, Map.of("password", "open sesame", "comment", "Please check the barcode"));

        String html = given().get(base).then().statusCode(200).extract().asString();
        assertThat(html).contains("type=\"password\"").doesNotContain("carton-1.png");
        given().cookie(ReviewSessions.COOKIE, given().get(base).getCookie(ReviewSessions.COOKIE)).formParam("csrf", "x")
                .formParam("password", "wrong").post(base + "/password").then().statusCode(403);
        String cookie = cookieOf(base, "open sesame");

        given().cookie(ReviewSessions.COOKIE, cookie).get(base).then().statusCode(200)
                .body(containsString("carton-1.png")).body(containsString("carton-2.png"));
        Browser browser = onViewer(base, cookie, files.assetIds.get(0));
        String viewer = given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + files.assetIds.get(0))
                .then().statusCode(200).extract().asString();
        assertThat(viewer).contains(">Approve</button>").contains(">Rectangle</button>")
                .doesNotContain("name=\"email\"");

        // marks through the task's own JSON, as the task's reviewer
        String csrf = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(viewer).results().findFirst().orElseThrow()
                .group(1);
        given().cookie(ReviewSessions.COOKIE, cookie).header(ReviewAnnotationResource.CSRF_HEADER, csrf)
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", files.assetIds.get(0), "page", 1, "text", "Barcode too thin", "shape",
                        Map.of("type", "rect", "x", 0.1, "y", 0.1, "w", 0.2, "h", 0.1)))
                .post(base + "/annotations").then().statusCode(201).body("author", equalTo("Pat Printer"))
                .body("mine", equalTo(true));
        files.tenant.request().queryParam("AssetUID", files.assetIds.get(0)).get("/api/v1/annotation").then()
                .statusCode(200).body("result", hasSize(1));

        decide(base, browser, files.assetIds.get(0), "approve", null).then().statusCode(303);
        assertThat(taskStatus(files)).isEqualTo("Open");
        decide(base, browser, files.assetIds.get(1), "reject", "Wrong die line").then().statusCode(303);
        assertThat(taskStatus(files)).isEqualTo("Completed");

        given().cookie(ReviewSessions.COOKIE, cookie).get(base).then().statusCode(410)
                .body(containsString(TaskGate.FINISHED_HEADING)).body(not(containsString("carton-1.png")));
        given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + files.assetIds.get(0)).then()
                .statusCode(410);
        assertProjectCounts(files, 1, 1);
    }

    @Test
    void an_internal_task_opens_for_its_assignee_who_annotates_as_their_user_and_finishes_it() {
        ReviewFixtures files = ReviewFixtures.project().images("label", 2);
        Tenant colleague = files.tenant.anotherMember();
        String taskId = internalTask(files, colleague);
        String base = "/t/" + Tasks.task(taskId).token;
        String file = files.assetIds.get(0);

        // no password and no name to give: the page knows its reviewer
        String cookie = cookieOf(base, null);
        given().cookie(ReviewSessions.COOKIE, cookie).get(base).then().statusCode(200)
                .body(containsString("label-1.png")).body(containsString("label-2.png"))
                .body(not(containsString("type=\"password\"")));
        String viewer = given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + file).then()
                .statusCode(200).extract().asString();
        assertThat(viewer).contains(">Approve</button>").contains(">Rectangle</button>").contains("Download original")
                .doesNotContain("name=\"email\"");
        Browser browser = new Browser(cookie, csrf(viewer));

        String annotationId = given().cookie(ReviewSessions.COOKIE, cookie)
                .header(ReviewAnnotationResource.CSRF_HEADER, browser.csrf()).contentType(ContentType.JSON)
                .body(Map.of("assetUID", file, "page", 1, "text", "Logo too small", "shape",
                        Map.of("type", "rect", "x", 0.1, "y", 0.1, "w", 0.2, "h", 0.1)))
                .post(base + "/annotations").then().statusCode(201).body("author", equalTo("Test User"))
                .body("mine", equalTo(true)).extract().path("annotationUID");
        given().cookie(ReviewSessions.COOKIE, cookie).queryParam("asset", file).get(base + "/annotations").then()
                .statusCode(200).body("[0].annotationUID", equalTo(annotationId)).body("[0].mine", equalTo(true));

        // on the API it is the assignee's own, written through the task
        files.tenant.request().queryParam("AssetUID", file).get("/api/v1/annotation").then().statusCode(200)
                .body("result", hasSize(1)).body("result[0].author.userUID", equalTo(colleague.userId))
                .body("result[0].author.name", equalTo("Test User"))
                .body("result[0].author.email", equalTo(colleague.email))
                .body("result[0].author.taskUID", equalTo(taskId));
        files.tenant.request().queryParam("AnnotationUID", annotationId).delete("/api/v1/annotation").then()
                .statusCode(412);
        colleague.request().queryParam("AnnotationUID", annotationId).delete("/api/v1/annotation").then()
                .statusCode(200);
        files.tenant.request().queryParam("AssetUID", file).get("/api/v1/annotation").then().statusCode(200)
                .body("result", hasSize(0));

        decide(base, browser, file, "approve", "Fine").then().statusCode(303);
        assertThat(taskStatus(files)).isEqualTo("Open");
        given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + file).then().statusCode(200)
                .body(containsString("<strong>Approved</strong> by Test User"));
        decide(base, browser, files.assetIds.get(1), "approve", null).then().statusCode(303);
        assertThat(taskStatus(files)).isEqualTo("Completed");
        for (String type : List.of("task.decision", "task.completed", "task.approved")) {
            assertThat(Db.events(type, taskId)).as(type).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.actorId).hasToString(colleague.userId));
        }
        assertThat(Db.events("task.rejected", taskId)).isEmpty();

        given().cookie(ReviewSessions.COOKIE, cookie).get(base).then().statusCode(410)
                .body(containsString(TaskGate.FINISHED_HEADING));
        assertProjectCounts(files, 2, 0);
    }

    @Test
    void an_internal_tasks_page_reaches_only_what_its_assignee_wrote_through_it_and_closes_when_they_lose_the_project() {
        ReviewFixtures files = ReviewFixtures.project().images("proof", 1);
        Tenant colleague = files.tenant.anotherMember();
        String file = files.assetIds.get(0);
        String taskId = internalTask(files, colleague);
        // the colleague's own annotation, written with their login before the task
        String written = colleague.request()
                .body(Map.of("assetUID", file, "text", "Written at my desk", "shape",
                        Map.of("type", "point", "x", 0.5, "y", 0.5)))
                .post("/api/v1/annotation").then().statusCode(200).extract().path("result.annotationUID");
        String base = "/t/" + Tasks.task(taskId).token;
        String cookie = cookieOf(base, null);
        Browser browser = onViewer(base, cookie, file);
        given().cookie(ReviewSessions.COOKIE, cookie).queryParam("asset", file).get(base + "/annotations").then()
                .statusCode(200).body("[0].annotationUID", equalTo(written)).body("[0].mine", equalTo(false));
        given().cookie(ReviewSessions.COOKIE, cookie).header(ReviewAnnotationResource.CSRF_HEADER, browser.csrf())
                .contentType(ContentType.JSON).body(Map.of("text", "changed by whoever holds the link"))
                .put(base + "/annotations/" + written).then().statusCode(412);
        given().cookie(ReviewSessions.COOKIE, cookie).header(ReviewAnnotationResource.CSRF_HEADER, browser.csrf())
                .delete(base + "/annotations/" + written).then().statusCode(412);
        colleague.request().queryParam("AssetUID", file).get("/api/v1/annotation").then().statusCode(200)
                .body("result[0].text", equalTo("Written at my desk"));

        // taken off a private project, the colleague's task page no longer opens
        files.tenant
                .request().body(Map.of("projectUID", files.projectId, "projectName", "Internal review",
                        "projectOwnersUIDS", List.of(files.tenant.userId)))
                .put("/api/v1/project").then().statusCode(200);
        Db.makePrivate(files.projectId);
        given().get(base).then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void a_deleted_internal_task_has_no_page() {
        ReviewFixtures files = ReviewFixtures.project().images("box", 1);
        String taskId = internalTask(files, files.tenant.anotherMember());
        String base = "/t/" + Tasks.task(taskId).token;
        given().get(base).then().statusCode(200);
        files.tenant.request().queryParam("TaskUID", taskId).delete("/api/v1/task").then().statusCode(200);
        given().get(base).then().statusCode(404).contentType(containsString("text/html"));
    }

    @Test
    void a_read_only_task_shows_the_files_but_takes_no_marks_decisions_or_downloads() {
        ReviewFixtures files = ReviewFixtures.project().images("sleeve", 1);
        String base = task(files, Map.of("isReadOnly", true, "isAllowDownloadAssets", false));
        String cookie = cookieOf(base, null);
        String file = files.assetIds.get(0);
        String viewer = given().cookie(ReviewSessions.COOKIE, cookie).get(base + "/assets/" + file).then()
                .statusCode(200).extract().asString();
        assertThat(viewer).doesNotContain(">Approve</button>").doesNotContain(">Rectangle</button>")
                .doesNotContain("Download original");
        String csrf = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(viewer).results().findFirst().orElseThrow()
                .group(1);

        decide(base, new Browser(cookie, csrf), file, "approve", null).then().statusCode(403);
        given().cookie(ReviewSessions.COOKIE, cookie).header(ReviewAnnotationResource.CSRF_HEADER, csrf)
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", file, "page", 1, "text", "x", "shape",
                        Map.of("type", "point", "x", 0.5, "y", 0.5)))
                .post(base + "/annotations").then().statusCode(403);
        given().redirects().follow(false).cookie(ReviewSessions.COOKIE, cookie)
                .get(base + "/assets/" + file + "/original").then().statusCode(404);
        assertThat(taskStatus(files)).isEqualTo("Open");
    }

    @Test
    void tokens_open_only_their_own_kind_of_page() {
        ReviewFixtures link = ReviewFixtures.project().images("tag", 1).link(Map.of());
        String taskPath = task(link, Map.of());
        given().get("/t/" + link.token).then().statusCode(404).contentType(containsString("text/html"));
        given().get("/r/" + taskPath.substring(3)).then().statusCode(404);
        given().get("/t/" + "A".repeat(43)).then().statusCode(404);
        given().get("/t/..%2F..").then().statusCode(404);
        given().get(taskPath).then().statusCode(200).header("Content-Security-Policy",
                containsString("default-src 'self'"));
    }

    @Test
    void a_deleted_task_has_no_page() {
        ReviewFixtures files = ReviewFixtures.project().images("wrap", 1);
        String base = task(files, Map.of());
        String taskId = files.tenant.request().queryParam("ProjectUID", files.projectId).get("/api/v1/task").then()
                .extract().path("result[0].taskUID");
        files.tenant.request().queryParam("TaskUID", taskId).delete("/api/v1/task").then().statusCode(200);
        given().get(base).then().statusCode(404);
    }
}

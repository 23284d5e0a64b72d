package io.proofline.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.proofline.review.ReviewLink;
import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The review pages of /r/{token} and their JSON endpoints, driven over HTTP. */
@QuarkusTest
class ReviewPageResourceTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_DATA = Pattern.compile("data-csrf=\"([^\"]+)\"");

    /** A browser's session on one link: its cookie and the CSRF token its last page carried. */
    private record Browser(String cookie, String csrf) {
    }

    private static String csrf(String html, Pattern pattern) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    /** A first visit: the session cookie, and the gate's CSRF token when the link has a password. */
    private static Browser arrive(ReviewFixtures link) {
        Response page = given().get(link.path()).then().statusCode(200).extract().response();
        Matcher token = CSRF_FIELD.matcher(page.asString());
        return new Browser(page.getCookie(ReviewSessions.COOKIE), token.find() ? token.group(1) : null);
    }

    private static Browser enter(ReviewFixtures link, String password) {
        Browser browser = arrive(link);
        String cookie = given().redirects().follow(false).cookie(ReviewSessions.COOKIE, browser.cookie())
                .formParam("csrf", browser.csrf()).formParam("password", password).post(link.path() + "/password")
                .then().statusCode(303).header("Location", containsString(link.path())).extract()
                .cookie(ReviewSessions.COOKIE);
        return new Browser(cookie, null);
    }

    /** Past the gate (if any), with a name and email given; the CSRF token is the viewer's. */
    private static Browser reviewer(ReviewFixtures link, String password, String name, String email) {
        Browser browser = password == null ? new Browser(arrive(link).cookie(), null) : enter(link, password);
        String viewer = link.path() + "/assets/" + link.assetIds.get(0);
        String html = given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(viewer).then().statusCode(200)
                .extract().asString();
        String cookie = given().redirects().follow(false).cookie(ReviewSessions.COOKIE, browser.cookie())
                .formParam("csrf", csrf(html, CSRF_FIELD)).formParam("name", name).formParam("email", email)
                .formParam("back", viewer).post(link.path() + "/reviewer").then().statusCode(303)
                .header("Location", containsString(viewer)).extract().cookie(ReviewSessions.COOKIE);
        html = given().cookie(ReviewSessions.COOKIE, cookie).get(viewer).then().statusCode(200).extract().asString();
        return new Browser(cookie, csrf(html, CSRF_DATA));
    }

    @Test
    void a_link_without_password_opens_on_the_grid_with_a_scoped_session_cookie_and_strict_headers() {
        ReviewFixtures link = ReviewFixtures.project().images("poster", 2).link(Map.of("name", "Spring campaign"));
        Response page = given().get(link.path()).then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                .body(containsString("Spring campaign")).body(containsString("poster-1.png"))
                .body(containsString("poster-2.png")).body(containsString("width=device-width"))
                .body(not(containsString("style="))).body(not(containsString("<script>"))).extract().response();
        String setCookie = page.getHeader("Set-Cookie");
        assertThat(setCookie).contains("Path=" + link.path()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        given().get("/review/review.js").then().statusCode(200).header("Content-Security-Policy",
                containsString("default-src 'self'"));
    }

    @Test
    void the_password_gate_says_a_wrong_password_in_text_and_the_right_one_opens_the_grid() {
        ReviewFixtures link = ReviewFixtures.project().images("secret", 1)
                .link(Map.of("name", "Locked", "password", "open sesame"));
        Browser browser = arrive(link);
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path()).then().statusCode(200)
                .body(containsString("type=\"password\"")).body(not(containsString("secret-1.png")));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .formParam("password", "wrong").post(link.path() + "/password").then().statusCode(403)
                .body(containsString("role=\"alert\"")).body(containsString("The password is wrong"));
        Browser passed = enter(link, "open sesame");
        given().cookie(ReviewSessions.COOKIE, passed.cookie()).get(link.path()).then().statusCode(200)
                .body(containsString("secret-1.png")).body(not(containsString("type=\"password\"")));
        // the viewer behind the gate sends a browser without the password back to it
        given().redirects().follow(false).get(link.path() + "/assets/" + link.assetIds.get(0)).then().statusCode(303)
                .header("Location", containsString(link.path()));
    }

    @Test
    void a_session_opens_only_its_own_link_and_ends_when_the_password_changes() {
        ReviewFixtures link = ReviewFixtures.project().images("scoped", 1)
                .link(Map.of("name", "First", "password", "first-pass"));
        ReviewFixtures other = ReviewFixtures.project().images("elsewhere", 1)
                .link(Map.of("name", "Second", "password", "first-pass"));
        Browser passed = enter(link, "first-pass");
        given().cookie(ReviewSessions.COOKIE, passed.cookie()).get(other.path()).then().statusCode(200)
                .body(containsString("type=\"password\"")).body(not(containsString("elsewhere-1.png")));
        // a tampered cookie is no session
        given().cookie(ReviewSessions.COOKIE, passed.cookie() + "x").get(link.path()).then()
                .body(containsString("type=\"password\""));
        link.changeLink(Map.of("password", "second-pass"));
        given().cookie(ReviewSessions.COOKIE, passed.cookie()).get(link.path()).then().statusCode(200)
                .body(containsString("type=\"password\"")).body(not(containsString("scoped-1.png")));
    }

    @Test
    void too_many_wrong_passwords_for_a_link_answer_429_with_retry_after() {
        ReviewFixtures link = ReviewFixtures.project().link(Map.of("name", "Guessed", "password", "hard to guess"));
        Browser browser = arrive(link);
        for (int i = 0; i < 5; i++) {
            given().cookie(ReviewSessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                    .formParam("password", "guess " + i).post(link.path() + "/password").then().statusCode(403);
        }
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .formParam("password", "hard to guess").post(link.path() + "/password").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[0-9]+"))
                .contentType(containsString("text/html")).body(containsString("Too many wrong passwords"));
    }

    @Test
    void forms_and_json_writes_without_the_session_token_are_403() {
        ReviewFixtures link = ReviewFixtures.project().images("csrf", 1)
                .link(Map.of("name", "Forms", "password", "pass-word"));
        Browser browser = arrive(link);
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).formParam("csrf", "forged")
                .formParam("password", "pass-word").post(link.path() + "/password").then().statusCode(403)
                .contentType(containsString("text/html")).body(containsString("session"));
        given().formParam("csrf", browser.csrf()).formParam("password", "pass-word").post(link.path() + "/password")
                .then().statusCode(403);
        Browser reviewer = reviewer(link, "pass-word", "Rita", "rita@example.com");
        Map<String, Object> body = Map.of("assetUID", link.assetIds.get(0), "text", "Hi", "shape",
                Map.of("type", "point", "x", 0.5, "y", 0.5));
        given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).contentType(ContentType.JSON).body(body)
                .post(link.path() + "/annotations").then().statusCode(403).body("error", containsString("session"));
        given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).header("X-CSRF-Token", "forged")
                .contentType(ContentType.JSON).body(body).post(link.path() + "/annotations").then().statusCode(403);
    }

    @Test
    void unknown_tokens_are_404_and_links_that_no_longer_open_are_410_with_the_reason() {
        given().get("/r/" + "A".repeat(43)).then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("no review at this address")).body(not(containsString("Exception")))
                .header("Content-Security-Policy", containsString("default-src 'self'"));
        given().get("/r/<script>").then().statusCode(404);
        ReviewFixtures expired = ReviewFixtures.project().link(Map.of("name", "Old"));
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewLink stored = ReviewLink.findById(UUID.fromString(expired.linkId));
            stored.expiresAt = Times.now().minus(1, ChronoUnit.DAYS);
        });
        given().get(expired.path()).then().statusCode(410).body(containsString("This review link expired on"))
                .body(not(containsString("Exception")));
        ReviewFixtures off = ReviewFixtures.project().link(Map.of("name", "Off"));
        off.changeLink(Map.of("is_active", false));
        given().get(off.path()).then().statusCode(410).body(containsString("switched off"));
        ReviewFixtures deleted = ReviewFixtures.project().link(Map.of("name", "Gone"));
        deleted.tenant.request().delete("/v2/review_links/" + deleted.linkId).then().statusCode(200);
        given().get(deleted.path()).then().statusCode(410).body(containsString("deleted"));
        given().get(deleted.path() + "/annotations?asset=" + UUID.randomUUID()).then().statusCode(410).body("error",
                containsString("deleted"));
    }

    @Test
    void user_text_is_shown_literally() {
        ReviewFixtures link = ReviewFixtures.project().image("<img src=x onerror=alert(1)>.png", 40, 30)
                .link(Map.of("name", "<script>alert('link')</script>"));
        String grid = given().get(link.path()).then().statusCode(200).extract().asString();
        assertThat(grid).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;.png")
                .contains("&lt;script&gt;alert(&#39;link&#39;)&lt;/script&gt;");
        Browser reviewer = reviewer(link, null, "<script>x</script>", "x@example.com");
        given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).header("X-CSRF-Token", reviewer.csrf())
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", link.assetIds.get(0), "text", "<img src=x onerror=alert(1)>", "shape",
                        Map.of("type", "point", "x", 0.1, "y", 0.2)))
                .post(link.path() + "/annotations").then().statusCode(201)
                .body("text", equalTo("<img src=x onerror=alert(1)>")).body("author", equalTo("<script>x</script>"));
        String viewer = given().cookie(ReviewSessions.COOKIE, reviewer.cookie())
                .get(link.path() + "/assets/" + link.assetIds.get(0)).then().statusCode(200).extract().asString();
        assertThat(viewer).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;img src=x onerror=alert(1)&gt;.png");
    }

    @Test
    void the_grid_pages_48_assets_at_a_time() {
        ReviewFixtures link = ReviewFixtures.project().images("many", 50).link(Map.of("name", "Fifty"));
        String first = given().get(link.path()).then().statusCode(200)
                .body(containsString(link.path() + "?page=2\" rel=\"next\">Next page"))
                .body(containsString("50 assets")).extract().asString();
        assertThat(Pattern.compile("class=\"card\"").matcher(first).results().count()).isEqualTo(48);
        assertThat(
                Pattern.compile("<img src=\"/media/renditions/[0-9a-f-]{36}/thumbnail-small\\.jpg\\?[^\"]+\" srcset=\""
                        + "/media/renditions/[0-9a-f-]{36}/thumbnail-small\\.jpg\\?[^\"]+ 320w, "
                        + "/media/renditions/[0-9a-f-]{36}/thumbnail\\.jpg\\?[^\"]+ 512w\" sizes=\"[^\"]+\" alt=\"\" "
                        + "width=\"240\" height=\"240\"").matcher(first).results().count())
                                .as("small thumbnails, the 512 px one for dense screens").isEqualTo(48);
        assertThat(Pattern.compile("loading=\"lazy\" decoding=\"async\"").matcher(first).results().count())
                .as("all but the first row or two load lazily").isEqualTo(44);
        String second = given().get(link.path() + "?page=2").then().statusCode(200)
                .body(containsString(link.path() + "?page=1\" rel=\"prev\">Previous page"))
                .body(not(containsString("Next page"))).extract().asString();
        assertThat(Pattern.compile("class=\"card\"").matcher(second).results().count()).isEqualTo(2);
        given().get(link.path() + "?page=junk").then().statusCode(200);
    }

    @Test
    void the_viewer_offers_the_tools_by_name_and_downloads_only_when_the_link_allows() {
        ReviewFixtures link = ReviewFixtures.project().images("view", 1).link(Map.of("name", "Viewer"));
        Browser reviewer = reviewer(link, null, "Vera", "vera@example.com");
        String viewer = link.path() + "/assets/" + link.assetIds.get(0);
        String html = given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).get(viewer).then().statusCode(200)
                .extract().asString();
        for (String tool : List.of("Point", "Rectangle", "Circle", "Arrow", "Line", "Freehand")) {
            assertThat(html).contains("aria-pressed=\"false\">" + tool + "</button>");
        }
        assertThat(html).contains("Download original").contains("/media/renditions/");
        given().redirects().follow(false).cookie(ReviewSessions.COOKIE, reviewer.cookie()).get(viewer + "/original")
                .then().statusCode(303).header("Location", containsString("/media/originals/" + link.assetIds.get(0)));
        link.changeLink(Map.of("enable_downloading", false));
        given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).get(viewer).then().statusCode(200)
                .body(not(containsString("Download original")));
        given().redirects().follow(false).cookie(ReviewSessions.COOKIE, reviewer.cookie()).get(viewer + "/original")
                .then().statusCode(404);
        // a file of another project is not in the link
        ReviewFixtures foreign = ReviewFixtures.project().images("foreign", 1);
        given().cookie(ReviewSessions.COOKIE, reviewer.cookie()).get(link.path() + "/assets/" + foreign.assetIds.get(0))
                .then().statusCode(404);
    }

    @Test
    void annotations_are_written_replied_edited_and_deleted_through_the_page_endpoints() {
        ReviewFixtures link = ReviewFixtures.project().images("notes", 1).link(Map.of("name", "Notes"));
        String asset = link.assetIds.get(0);
        Browser ann = reviewer(link, null, "Ann", "ann@example.com");
        Browser bob = reviewer(link, null, "Bob", "bob@example.com");
        String created = given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", asset, "page", 1, "text", "Logo too small", "shape",
                        Map.of("type", "rect", "x", 0.1, "y", 0.2, "w", 0.3, "h", 0.25)))
                .post(link.path() + "/annotations").then().statusCode(201).body("mine", equalTo(true))
                .body("shape.type", equalTo("rect")).extract().path("annotationUID");
        given().cookie(ReviewSessions.COOKIE, bob.cookie()).header("X-CSRF-Token", bob.csrf())
                .contentType(ContentType.JSON).body(Map.of("assetUID", asset, "parentUID", created, "text", "Agreed"))
                .post(link.path() + "/annotations").then().statusCode(201);
        given().cookie(ReviewSessions.COOKIE, bob.cookie()).get(link.path() + "/annotations?asset=" + asset).then()
                .statusCode(200).body("$", hasSize(1)).body("[0].author", equalTo("Ann"))
                .body("[0].mine", equalTo(false)).body("[0].replies", hasSize(1))
                .body("[0].replies[0].author", equalTo("Bob")).body("[0].replies[0].mine", equalTo(true))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("email")));
        // only the author edits or deletes
        given().cookie(ReviewSessions.COOKIE, bob.cookie()).header("X-CSRF-Token", bob.csrf())
                .contentType(ContentType.JSON).body(Map.of("text", "Mine now"))
                .put(link.path() + "/annotations/" + created).then().statusCode(412)
                .body("error", equalTo("You can edit only your annotation."));
        given().cookie(ReviewSessions.COOKIE, bob.cookie()).header("X-CSRF-Token", bob.csrf())
                .delete(link.path() + "/annotations/" + created).then().statusCode(412)
                .body("error", equalTo("You can delete only your annotation."));
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON).body(Map.of("text", "Logo much too small"))
                .put(link.path() + "/annotations/" + created).then().statusCode(200)
                .body("text", equalTo("Logo much too small"));
        // the API sees what the reviewers wrote
        link.tenant.request().get("/api/v1/annotation?AssetUID=" + asset).then().statusCode(200)
                .body("result", hasSize(1)).body(containsString("Logo much too small")).body(containsString("Agreed"));
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .delete(link.path() + "/annotations/" + created).then().statusCode(204);
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).get(link.path() + "/annotations?asset=" + asset).then()
                .statusCode(200).body("$", hasSize(0));
    }

    @Test
    void bad_shapes_and_unknown_ids_are_clear_4xx_json() {
        ReviewFixtures link = ReviewFixtures.project().images("bad", 1).link(Map.of("name", "Bad"));
        String asset = link.assetIds.get(0);
        Browser ann = reviewer(link, null, "Ann", "ann@example.com");
        for (Object shape : List.of(Map.of("type", "rect", "x", 2, "y", 0, "w", 0.1, "h", 0.1),
                Map.of("type", "hexagon", "x", 0.1, "y", 0.1), "a string", Map.of("type", "freehand", "points", 3))) {
            given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                    .contentType(ContentType.JSON).body(Map.of("assetUID", asset, "text", "x", "shape", shape))
                    .post(link.path() + "/annotations").then().statusCode(400).body("error", startsWith("'shape"));
        }
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", asset, "text", "", "shape", Map.of("type", "point", "x", 0.1, "y", 0.1)))
                .post(link.path() + "/annotations").then().statusCode(400);
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON).body("{not json").post(link.path() + "/annotations").then()
                .statusCode(400);
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON).body(Map.of("text", "x"))
                .put(link.path() + "/annotations/" + UUID.randomUUID()).then().statusCode(404)
                .body("error", equalTo("Annotation not found."));
        ReviewFixtures foreign = ReviewFixtures.project().images("foreign", 1);
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON)
                .body(Map.of("assetUID", foreign.assetIds.get(0), "text", "x", "shape",
                        Map.of("type", "point", "x", 0.1, "y", 0.1)))
                .post(link.path() + "/annotations").then().statusCode(404);
        // another company's annotation is as unknown as a made-up id: the same answer for edit and delete
        String theirs = foreign.tenant.request()
                .body(Map.of("assetUID", foreign.assetIds.get(0), "text", "theirs", "shape",
                        Map.of("type", "point", "x", 0.1, "y", 0.1)))
                .post("/api/v1/annotation").then().statusCode(200).extract().path("result.annotationUID");
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .contentType(ContentType.JSON).body(Map.of("text", "mine now"))
                .put(link.path() + "/annotations/" + theirs).then().statusCode(404)
                .body("error", equalTo("Annotation not found."));
        given().cookie(ReviewSessions.COOKIE, ann.cookie()).header("X-CSRF-Token", ann.csrf())
                .delete(link.path() + "/annotations/" + theirs).then().statusCode(404)
                .body("error", equalTo("Annotation not found."));
        // without a name and email there is nothing to read or write
        Browser anonymous = new Browser(arrive(link).cookie(), null);
        given().cookie(ReviewSessions.COOKIE, anonymous.cookie()).get(link.path() + "/annotations?asset=" + asset)
                .then().statusCode(403).body("error", containsString("name and email"));
    }

    @Test
    void a_version_stack_opens_on_its_newest_version_with_a_switcher_unless_the_link_shows_the_current_one_only() {
        ReviewFixtures link = ReviewFixtures.project().image("box-v1.png", 60, 40).image("box-v2.png", 80, 40);
        List<String> versions = link.stackLastTwo();
        link.link(Map.of("name", "Stacked"));
        given().get(link.path()).then().statusCode(200).body(containsString("box-v1.png"))
                .body(containsString(link.path() + "/assets/" + versions.get(1))).body(containsString("2 versions"));
        Browser browser = arrive(link);
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + versions.get(1)).then()
                .statusCode(200).body(containsString("aria-label=\"Versions\""))
                .body(containsString("aria-current=\"page\">Version 2</a>"))
                .body(containsString(link.path() + "/assets/" + versions.get(0) + "\">Version 1</a>"));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + versions.get(0)).then()
                .statusCode(200).body(containsString("aria-current=\"page\">Version 1</a>"));
        link.changeLink(Map.of("current_version_only", true));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + versions.get(1)).then()
                .statusCode(200).body(not(containsString("aria-label=\"Versions\"")));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(link.path() + "/assets/" + versions.get(0)).then()
                .statusCode(404);
        given().get(link.path()).then().body(not(containsString("2 versions")));
    }

    @Test
    void a_pdf_is_viewed_a_page_at_a_time() throws java.io.IOException {
        ReviewFixtures link = ReviewFixtures.project()
                .file("leaflet.pdf", io.proofline.media.rendition.TestFiles.pdf(3, 300, 400))
                .link(Map.of("name", "Leaflet"));
        Browser browser = arrive(link);
        String viewer = link.path() + "/assets/" + link.assetIds.get(0);
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(viewer).then().statusCode(200)
                .body(containsString("Page 1 of 3")).body(containsString(viewer + "?page=2\" rel=\"next\""))
                .body(not(containsString("Previous page"))).body(containsString("/pages/1.jpg"));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(viewer + "?page=2").then().statusCode(200)
                .body(containsString("Page 2 of 3")).body(containsString("Previous page"))
                .body(containsString("/pages/2.jpg"));
        given().cookie(ReviewSessions.COOKIE, browser.cookie()).get(viewer + "?page=99").then().statusCode(200)
                .body(containsString("Page 3 of 3")).body(not(containsString("Next page")));
    }

    @Test
    void the_pages_static_files_are_cached_for_minutes_with_the_same_strict_headers() {
        given().get("/review/review.css").then().statusCode(200).header("Cache-Control", containsString("max-age=600"))
                .header("X-Content-Type-Options", "nosniff");
        given().get("/review/annotation-layer.js").then().statusCode(200).header("Cache-Control",
                containsString("max-age=600"));
    }

    @Test
    void scripts_and_styles_are_compressed_and_pages_are_not() {
        ReviewFixtures link = ReviewFixtures.project().images("box", 1).link(Map.of());
        for (String path : new String[] { "/review/review.css", "/review/review.js" }) {
            Response response = given().header("Accept-Encoding", "gzip").get(path).then().statusCode(200)
                    .header("Content-Encoding", "gzip").extract().response();
            assertThat(response.asString()).as("decoded " + path).isNotBlank();
        }
        // a page holds the session's CSRF token beside the names people typed: never compressed (BREACH)
        given().header("Accept-Encoding", "gzip").get(link.path()).then().statusCode(200).header("Content-Encoding",
                not(equalTo("gzip")));
        link.tenant.request().header("Accept-Encoding", "gzip").get("/v2/me").then().statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void a_file_that_cannot_have_a_preview_says_so_on_its_card_and_in_the_viewer() {
        ReviewFixtures link = ReviewFixtures.project().file("notes.txt", "plain words".getBytes())
                .link(Map.of("name", "Text"));
        Response grid = given().get(link.path()).then().statusCode(200).extract().response();
        assertThat(grid.asString()).contains("<span class=\"no-thumb\">No preview</span>")
                .doesNotContain("No preview yet");
        assertThat(given().cookie(ReviewSessions.COOKIE, grid.getCookie(ReviewSessions.COOKIE))
                .get(link.path() + "/assets/" + link.assetIds.get(0)).then().statusCode(200).extract().asString())
                        .contains("This file has no preview. Download the original to see it.")
                        .doesNotContain("not ready yet");
    }
}

package io.proofline.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What the review pages' forms do with input no page of ours sends: never a 500, never a way off the review. */
@QuarkusTest
class ReviewPageBadInputTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("(?:name=\"csrf\" value|data-csrf)=\"([^\"]+)\"");

    private record Browser(String cookie, String csrf) {
    }

    private static Browser onViewer(ReviewFixtures link, String cookie) {
        String html = given().cookie(ReviewSessions.COOKIE, cookie).get(link.path() + "/assets/" + link.assetIds.get(0))
                .then().statusCode(200).extract().asString();
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the viewer").isTrue();
        return new Browser(cookie, matcher.group(1));
    }

    private static Browser arrive(ReviewFixtures link) {
        return onViewer(link, given().get(link.path()).then().statusCode(200).extract().cookie(ReviewSessions.COOKIE));
    }

    /** As a browser sends a form of a UTF-8 page: UTF-8, without a charset parameter. */
    private static RequestSpecification form() {
        return given().redirects().follow(false)
                .config(RestAssured.config()
                        .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
    }

    private static Response giveName(ReviewFixtures link, Browser browser, String name, String back) {
        return form().cookie(ReviewSessions.COOKIE, browser.cookie()).formParam("csrf", browser.csrf())
                .formParam("name", name).formParam("email", "rev@example.com").formParam("back", back)
                .post(link.path() + "/reviewer");
    }

    @Test
    void the_reviewer_form_goes_back_only_to_a_viewer_of_the_same_review() {
        ReviewFixtures link = ReviewFixtures.project().images("back", 1).link(Map.of());
        Browser browser = arrive(link);
        String viewer = link.path() + "/assets/" + link.assetIds.get(0);
        assertThat(giveName(link, browser, "Rev", viewer).then().statusCode(303).extract().header("Location"))
                .isEqualTo(viewer);
        for (String back : new String[] { viewer + "/../../../api/v1/user", link.path() + "/assets/\\evil.example",
                link.path() + "/assets/a b", link.path() + "/assets/%zz", link.path() + "/assets/x\r\nSet-Cookie: a=b",
                link.path() + "/assets/\"><script>", "https://evil.example/", "//evil.example", "/\\evil.example",
                link.path() + "/assets/" + link.assetIds.get(0) + "?page=2" }) {
            assertThat(giveName(link, browser, "Rev", back).then().statusCode(303).extract().header("Location"))
                    .as(back).isEqualTo(link.path());
        }
    }

    @Test
    void redirects_stay_on_this_server_whatever_the_host_header_says() {
        ReviewFixtures link = ReviewFixtures.project().images("host", 1).link(Map.of());
        Browser browser = arrive(link);
        String location = given().redirects().follow(false).header("Host", "evil.example")
                .cookie(ReviewSessions.COOKIE, browser.cookie())
                .get(link.path() + "/assets/" + link.assetIds.get(0) + "/original").then().statusCode(303).extract()
                .header("Location");
        assertThat(location).startsWith("/media/originals/").doesNotContain("evil.example");
    }

    @Test
    void a_form_with_a_broken_percent_escape_is_a_400() {
        ReviewFixtures link = ReviewFixtures.project().images("escape", 1).link(Map.of());
        Browser browser = arrive(link);
        for (String path : new String[] { "/reviewer", "/password", "/assets/" + link.assetIds.get(0) + "/decision" }) {
            given().cookie(ReviewSessions.COOKIE, browser.cookie()).contentType("application/x-www-form-urlencoded")
                    .body("csrf=" + browser.csrf() + "&name=%zz&email=%").post(link.path() + path).then()
                    .statusCode(400).body(containsString("URL-encoded"));
        }
    }

    @Test
    void a_long_comment_in_another_script_is_taken_whole() {
        ReviewFixtures link = ReviewFixtures.project().images("script", 1).link(Map.of());
        Browser browser = arrive(link);
        String name = "中".repeat(255);
        String cookie = giveName(link, browser, name, link.path()).then().statusCode(303).extract()
                .cookie(ReviewSessions.COOKIE);
        Browser named = onViewer(link, cookie);
        String comment = "é中".repeat(1000);
        form().cookie(ReviewSessions.COOKIE, named.cookie()).formParam("csrf", named.csrf())
                .formParam("decision", "approve").formParam("comment", comment)
                .post(link.path() + "/assets/" + link.assetIds.get(0) + "/decision").then().statusCode(303);
        assertThat(given().cookie(ReviewSessions.COOKIE, named.cookie())
                .get(link.path() + "/assets/" + link.assetIds.get(0)).then().statusCode(200).extract().asString())
                        .contains(comment);
    }

    @Test
    void a_completed_project_takes_no_decisions_through_its_links() {
        ReviewFixtures link = ReviewFixtures.project().images("done", 1).link(Map.of());
        Browser browser = arrive(link);
        Browser named = onViewer(link, giveName(link, browser, "Rev", link.path()).then().statusCode(303).extract()
                .cookie(ReviewSessions.COOKIE));
        link.tenant.changeState(link.projectId, "Completed");
        given().redirects().follow(false).cookie(ReviewSessions.COOKIE, named.cookie()).formParam("csrf", named.csrf())
                .formParam("decision", "reject").post(link.path() + "/assets/" + link.assetIds.get(0) + "/decision")
                .then().statusCode(406).contentType(containsString("text/html"))
                .body(containsString("Active or OnHold"));
        link.tenant.request().queryParam("AssetUID", link.assetIds.get(0)).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.rejectedCount", equalTo(0));
    }
}

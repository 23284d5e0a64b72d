package io.proofline.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewPageErrorsTest {

    private final ReviewPageErrors errors = new ReviewPageErrors();

    @Test
    void answers_the_pages_but_not_their_json() {
        assertThat(errors.answers("/r/abc")).isTrue();
        assertThat(errors.answers("/t/abc/assets/x/decision")).isTrue();
        assertThat(errors.answers("/r/abc/annotations")).isFalse();
        assertThat(errors.answers("/r/abc/annotations/x")).isFalse();
        assertThat(errors.answers("/review/review.css")).isFalse();
        assertThat(errors.answers("/api/v1/project")).isFalse();
    }

    @Test
    void failures_are_pages_with_a_heading_and_a_sentence_never_json() {
        given().get("/r/" + "b".repeat(43)).then().statusCode(404).contentType(startsWith("text/html"))
                .header("Cache-Control", "no-store").body(containsString("Not found"))
                .body(containsString(ReviewLinkGate.NOT_FOUND.replace("'", "&#39;")));
        // a form body the framework cannot parse fails before the page's code runs: still a page
        given().contentType("application/x-www-form-urlencoded").body("csrf=%zz")
                .post("/r/" + "b".repeat(43) + "/password").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("This did not work"));
    }
}

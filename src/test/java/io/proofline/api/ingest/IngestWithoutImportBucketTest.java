package io.proofline.api.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** With no import bucket configured (the default), an S3 import says so and the asset stays a placeholder. */
@QuarkusTest
class IngestWithoutImportBucketTest {

    @Test
    void s3_import_without_a_bucket_is_400_and_the_asset_stays() {
        Tenant tenant = Tenant.create();
        String key = tenant.createApiKey("ingest");
        String projectId = tenant.createProject("No bucket " + UUID.randomUUID());
        Response response = given().header("X-API-KEY", key).contentType(ContentType.JSON)
                .body(Map.of("title", "From S3", "s3", Map.of("s3_key", "incoming/a.png", "filename", "a.png")))
                .post("/api/v2/projects/" + projectId + "/assets");
        assertThat(response.statusCode()).isEqualTo(400);
        String error = response.jsonPath().getString("error");
        var matcher = IngestAssetsResourceTest.CREATED.matcher(error);
        assertThat(matcher.matches()).as(error).isTrue();
        assertThat(matcher.group(2)).isEqualTo("S3 import is not configured");
        given().header("X-API-KEY", key).get("/api/v2/projects/" + projectId + "/assets/" + matcher.group(1)).then()
                .statusCode(200).body("asset.media_type", org.hamcrest.Matchers.equalTo("placeholder"));
    }
}

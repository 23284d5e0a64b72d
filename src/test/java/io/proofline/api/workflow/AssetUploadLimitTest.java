package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(AssetUploadLimitTest.SmallLimit.class)
class AssetUploadLimitTest {

    public static class SmallLimit implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("proofline.media.max-upload-size", "1K");
        }
    }

    @Test
    void a_file_over_the_configured_limit_is_413_in_the_envelope() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Limits");
        given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId)
                .multiPart("File", "big.pdf", new byte[2048], "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(413).body("statusCode", equalTo(413))
                .body("message", equalTo("The file is larger than the limit of 1024 bytes."));
        given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId)
                .multiPart("File", "small.pdf", new byte[1024], "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(200);
    }
}

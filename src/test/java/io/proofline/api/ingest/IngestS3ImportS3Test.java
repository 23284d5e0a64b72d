package io.proofline.api.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.ingest.ImportServers;
import io.proofline.support.Placeholders;
import io.proofline.support.S3ProxyResource;
import io.proofline.support.S3Storage;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The ingest face's S3 import against a real import bucket on an S3Proxy process, into the S3 blob store. */
@QuarkusTest
@TestProfile(S3Storage.class)
class IngestS3ImportS3Test {

    @Inject
    S3Client s3;

    @Test
    void an_object_of_the_import_bucket_becomes_a_processed_asset() throws Exception {
        Tenant tenant = Tenant.create();
        String key = tenant.createApiKey("ingest");
        String projectId = tenant.createProject("S3 import " + UUID.randomUUID());
        String objectKey = "incoming/" + UUID.randomUUID() + "/photo.png";
        s3.putObject(request -> request.bucket(S3ProxyResource.IMPORT_BUCKET).key(objectKey),
                RequestBody.fromBytes(ImportServers.PHOTO));
        RequestSpecification ingest = given().header("X-API-KEY", key).contentType(ContentType.JSON);

        String assetId = ingest
                .body(Map.of("title", "From the bucket", "s3", Map.of("s3_key", objectKey, "filename", "photo.png")))
                .post("/api/v2/projects/" + projectId + "/assets").then().statusCode(200)
                .body("asset.media_type", equalTo("processing")).extract().path("asset.id");
        String path = "/api/v2/projects/" + projectId + "/assets/" + assetId;
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250)).until(() -> !"processing"
                .equals(given().header("X-API-KEY", key).get(path).then().extract().path("asset.media_type")));
        given().header("X-API-KEY", key).get(path).then().statusCode(200).body("asset.media_type", equalTo("image"))
                .body("asset.md5_sum", equalTo(Placeholders.md5(ImportServers.PHOTO)));
        // the import copied the object: it stays in the import bucket
        assertThat(
                s3.headObject(request -> request.bucket(S3ProxyResource.IMPORT_BUCKET).key(objectKey)).contentLength())
                        .isEqualTo(ImportServers.PHOTO.length);
    }

    @Test
    void a_missing_object_is_the_seed_400_and_the_asset_stays_a_placeholder() {
        Tenant tenant = Tenant.create();
        String key = tenant.createApiKey("ingest");
        String projectId = tenant.createProject("S3 import " + UUID.randomUUID());
        String error = given().header("X-API-KEY", key).contentType(ContentType.JSON)
                .body(Map.of("title", "Nothing there", "s3", Map.of("s3_key", "no/such/key", "filename", "a.png")))
                .post("/api/v2/projects/" + projectId + "/assets").then().statusCode(400).extract().path("error");
        assertThat(error).matches("Asset [0-9a-f-]{36} created, adding media to asset failed: S3 object not found");
    }
}

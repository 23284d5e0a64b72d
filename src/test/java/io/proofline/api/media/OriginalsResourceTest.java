package io.proofline.api.media;

import static io.proofline.support.Placeholders.local;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Placeholders;
import io.proofline.support.Tenant;
import io.proofline.system.SignedUrls;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OriginalsResourceTest {

    @Inject
    SignedUrls signedUrls;

    /** A processed file uploaded through /api/v1; returns its id. */
    static String uploaded(Tenant tenant, String projectId, String name, byte[] bytes) {
        String assetId = given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId)
                .multiPart("File", name, bytes, "application/octet-stream").post("/api/v1/asset/upload").then()
                .statusCode(200).extract().path("result.assetUID");
        Placeholders.awaitChecksums(tenant, assetId);
        return assetId;
    }

    @Test
    void the_original_is_served_without_login_whole_and_in_ranges_as_frame_io_reads_it() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Originals");
        byte[] file = Placeholders.randomBytes(100_000, 9);
        String assetId = uploaded(tenant, projectId, "box final.bin", file);
        String original = tenant.request().get("/v2/assets/" + assetId).then().statusCode(200)
                .body("_type", equalTo("file")).body("filesize", equalTo(file.length))
                .body("checksums.xx_hash", equalTo(Placeholders.xxHash(file)))
                .body("checksums.md5", equalTo(Placeholders.md5(file))).extract().path("original");
        assertThat(original).startsWith("http").contains("/media/originals/" + assetId + "?expires=");

        byte[] whole = given().get(local(original)).then().statusCode(200).header("Accept-Ranges", "bytes")
                .header("Content-Length", String.valueOf(file.length))
                .header("Content-Disposition", containsString("filename*=UTF-8''box%20final.bin")).extract()
                .asByteArray();
        assertThat(whole).isEqualTo(file);
        byte[] slice = given().header("Range", "bytes=1000-1999").get(local(original)).then().statusCode(206)
                .header("Content-Range", "bytes 1000-1999/100000").extract().asByteArray();
        assertThat(slice).isEqualTo(Arrays.copyOfRange(file, 1000, 2000));
        // Frame.io's client asks for whole chunks: the last range may end past the file
        byte[] tail = given().header("Range", "bytes=90000-199999").get(local(original)).then().statusCode(206)
                .header("Content-Range", "bytes 90000-99999/100000").extract().asByteArray();
        assertThat(tail).isEqualTo(Arrays.copyOfRange(file, 90_000, 100_000));
        given().header("Range", "bytes=100000-").get(local(original)).then().statusCode(416).header("Content-Range",
                "bytes */100000");
    }

    @Test
    void bad_expired_or_foreign_links_are_refused() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Links");
        String assetId = uploaded(tenant, projectId, "a.bin", Placeholders.randomBytes(10, 1));
        String original = tenant.request().get("/v2/assets/" + assetId).then().extract().path("original");
        given().get("/media/originals/" + assetId).then().statusCode(403).body("error",
                equalTo("The link is invalid or has expired."));
        given().get(local(original).replace("signature=", "signature=x")).then().statusCode(403);
        given().get(local(signedUrls.sign("/media/originals/" + assetId, Duration.ofSeconds(-1)))).then()
                .statusCode(403);
        // another asset's signature opens nothing else
        String other = uploaded(tenant, projectId, "b.bin", Placeholders.randomBytes(10, 2));
        given().get(local(original).replace(assetId, other)).then().statusCode(403);
        given().get(local(signedUrls.sign("/media/originals/" + UUID.randomUUID(), Duration.ofMinutes(1)))).then()
                .statusCode(404);
        // a deleted file's link stops working
        tenant.request().delete("/v2/assets/" + assetId).then().statusCode(200);
        given().get(local(original)).then().statusCode(404);
        // another tenant never gets the link at all
        Tenant.create().request().get("/v2/assets/" + other).then().statusCode(404);
    }

    @Test
    void folders_stacks_and_unfinished_placeholders_have_no_original() {
        Tenant tenant = Tenant.create();
        String root = Placeholders.rootOfNewProject(tenant);
        String folder = tenant.request().body(Map.of("name", "F", "type", "folder"))
                .post("/v2/assets/" + root + "/children").then().extract().path("id");
        tenant.request().get("/v2/assets/" + folder).then().body("original", equalTo(null))
                .body("checksums", equalTo(null)).body("upload_completed_at", equalTo(null));
        String placeholder = Placeholders.create(tenant, root, "later.bin", "application/octet-stream", 10).then()
                .extract().path("id");
        List<Map<String, Object>> children = tenant.request().get("/v2/assets/" + root + "/children").then()
                .statusCode(200).extract().path("$");
        assertThat(children).extracting(child -> child.get("id")).contains(placeholder);
        assertThat(children).allSatisfy(child -> assertThat(child.get("original")).isNull());
    }
}

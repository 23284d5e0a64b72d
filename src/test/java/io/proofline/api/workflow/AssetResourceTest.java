package io.proofline.api.workflow;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.storage.BlobStore;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AssetResourceTest {

    @Inject
    BlobStore blobs;

    static final String UPLOADED = "Asset uploaded successfully and is pending to process.\n"
            + "Track it's status to catch when it'd ready to use.";

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 12; y++) {
                image.setRGB(x, y, new Color(x * 15, y * 20, 128).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    static RequestSpecification as(Tenant tenant) {
        return given().auth().oauth2(tenant.token);
    }

    static Response upload(Tenant tenant, String projectId, String name, byte[] bytes) {
        return as(tenant).multiPart("ProjectUID", projectId).multiPart("File", name, bytes, "application/octet-stream")
                .post("/api/v1/asset/upload");
    }

    static String uploaded(Tenant tenant, String projectId, String name, byte[] bytes) {
        return upload(tenant, projectId, name, bytes).then().statusCode(200).body("message", equalTo(UPLOADED))
                .extract().path("result.assetUID");
    }

    static void awaitProcessed(Tenant tenant, String assetId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> "Processed".equals(as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset").then()
                        .statusCode(200).extract().path("result.status")));
    }

    /** Whether the asset's original is in the blob store this run uses (local, or S3 in AssetResourceS3Test). */
    boolean stored(String assetId) throws IOException {
        return blobs.exists("assets/" + assetId + "/original");
    }

    @Test
    void a_png_uploaded_as_pdf_is_processed_as_image_png_with_its_md5_and_size() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Uploads");
        byte[] png = png();
        String assetId = uploaded(tenant, projectId, "photo.pdf", png);

        awaitProcessed(tenant, assetId);
        as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset").then().statusCode(200)
                .body("message", equalTo("GET Request successful.")).body("result.assetUID", equalTo(assetId))
                .body("result.version", equalTo(1)).body("result.name", equalTo("photo.pdf"))
                .body("result.fileSize", equalTo(png.length)).body("result.reviewStatus.pendingCount", equalTo(0))
                .body("result.reviewStatus.approvedCount", equalTo(0))
                .body("result.reviewStatus.rejectedCount", equalTo(0)).body("result.pagesCount", equalTo(1))
                .body("result.thumbnailUrl", containsString("/media/renditions/" + assetId + "/thumbnail.jpg?expires="))
                .body("result", hasKey("created"));
        Response download = as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(download.asByteArray()).isEqualTo(png);
        assertThat(download.header("ETag")).isEqualTo("\"" + md5(png) + "\"");
        assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(png.length));
        assertThat(download.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"photo.pdf\"; filename*=UTF-8''photo.pdf");
    }

    @Test
    void a_processed_upload_shows_its_size_and_sniffed_type_in_the_tree_face() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Uploads in the tree");
        byte[] png = png();
        String assetId = uploaded(tenant, projectId, "photo.pdf", png);
        awaitProcessed(tenant, assetId);
        String rootId = as(tenant).get("/v2/projects/" + projectId).then().statusCode(200).extract()
                .path("root_asset_id");
        as(tenant).queryParam("type", "file").get("/v2/assets/" + rootId + "/children").then().statusCode(200)
                .body("[0].id", equalTo(assetId)).body("[0].filesize", equalTo(png.length))
                .body("[0].filetype", equalTo("image/png"));
        as(tenant).get("/v2/assets/" + assetId).then().statusCode(200).body("filesize", equalTo(png.length))
                .body("filetype", equalTo("image/png"));
    }

    @Test
    void a_pdf_downloads_whole_and_by_byte_range() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Ranges");
        byte[] pdf = pdf();
        String assetId = uploaded(tenant, projectId, "box v1.pdf", pdf);
        awaitProcessed(tenant, assetId);

        Response whole = as(tenant).queryParam("AssetUID", assetId).get("/api/v1/assets/download");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.contentType()).isEqualTo("application/pdf");
        assertThat(whole.asByteArray()).isEqualTo(pdf);
        assertThat(whole.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"box v1.pdf\"; filename*=UTF-8''box%20v1.pdf");

        Response range = as(tenant).queryParam("AssetUID", assetId).header("Range", "bytes=2-9")
                .get("/api/v1/asset/download");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.header("Content-Range")).isEqualTo("bytes 2-9/" + pdf.length);
        assertThat(range.header("Content-Length")).isEqualTo("8");
        assertThat(range.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(pdf, 2, 10));

        Response clamped = as(tenant).queryParam("AssetUID", assetId).header("Range", "bytes=10-999999")
                .get("/api/v1/asset/download");
        assertThat(clamped.statusCode()).isEqualTo(206);
        assertThat(clamped.header("Content-Range")).isEqualTo("bytes 10-" + (pdf.length - 1) + "/" + pdf.length);
        assertThat(clamped.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(pdf, 10, pdf.length));

        Response suffix = as(tenant).queryParam("AssetUID", assetId).header("Range", "bytes=-5")
                .get("/api/v1/asset/download");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.asByteArray()).isEqualTo(java.util.Arrays.copyOfRange(pdf, pdf.length - 5, pdf.length));

        as(tenant).queryParam("AssetUID", assetId).header("Range", "bytes=" + pdf.length + "-")
                .get("/api/v1/asset/download").then().statusCode(416).header("Content-Range", "bytes */" + pdf.length);
    }

    @Test
    void an_upload_with_asset_uid_adds_the_next_version_and_the_project_lists_the_newest() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Versions");
        String first = uploaded(tenant, projectId, "box.pdf", pdf());
        String second = as(tenant).multiPart("ProjectUID", projectId).multiPart("AssetUID", first)
                .multiPart("File", "box-v2.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(200).extract().path("result.assetUID");
        // the PHP client's spelling: ids in the query string, the file as "attachment"
        String third = as(tenant).queryParam("ProjectUID", projectId).queryParam("AssetUID", second)
                .multiPart("attachment", "box-v3.png", png(), "image/png").post("/api/v1/assets/upload").then()
                .statusCode(200).body("message", equalTo(UPLOADED)).extract().path("result.assetUID");
        awaitProcessed(tenant, third);

        as(tenant).queryParam("AssetUID", first).get("/api/v1/asset").then().body("result.version", equalTo(1));
        as(tenant).queryParam("AssetUID", second).get("/api/v1/asset").then().body("result.version", equalTo(2));
        as(tenant).queryParam("AssetUID", third).get("/api/v1/asset").then().body("result.version", equalTo(3));

        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadAssets", "true").get("/api/v1/project").then()
                .statusCode(200).body("result[0].assets.size()", equalTo(1))
                .body("result[0].assets[0].assetUID", equalTo(third)).body("result[0].assets[0].version", equalTo(3))
                .body("result[0].assets[0].name", equalTo("box-v3.png"))
                .body("result[0].assets[0].status", equalTo("Processed"))
                .body("result[0].assets[0].fileSize", equalTo(png().length));
        List<String> all = as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadAssets", "true")
                .queryParam("IsLoadLastVerAssets", "false").get("/api/v1/project").then().statusCode(200).extract()
                .path("result[0].assets.assetUID");
        assertThat(all).containsExactlyInAnyOrder(first, second, third);
    }

    @Test
    void delete_removes_the_asset_and_its_blob() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Delete");
        String assetId = uploaded(tenant, projectId, "box.pdf", pdf());
        awaitProcessed(tenant, assetId);
        assertThat(stored(assetId)).isTrue();

        as(tenant).queryParam("AssetUID", assetId).delete("/api/v1/asset").then().statusCode(200).body("message",
                equalTo("DELETE Request successful."));

        assertThat(stored(assetId)).isFalse();
        as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset").then().statusCode(404).body("message",
                equalTo("Asset not found."));
        as(tenant).queryParam("AssetUID", assetId).get("/api/v1/asset/download").then().statusCode(404);
        as(tenant).queryParam("AssetUID", assetId).delete("/api/v1/assets").then().statusCode(404);
    }

    @Test
    void deleting_a_version_stack_removes_every_version_blob() throws Exception {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Delete stack");
        String first = uploaded(tenant, projectId, "box.pdf", pdf());
        String second = as(tenant).multiPart("ProjectUID", projectId).multiPart("AssetUID", first)
                .multiPart("File", "box.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(200).extract().path("result.assetUID");
        String lastVersion = second;
        as(tenant).queryParam("AssetUID", lastVersion).delete("/api/v1/asset").then().statusCode(200);
        assertThat(stored(second)).isFalse();
        assertThat(stored(first)).isTrue();
        as(tenant).queryParam("AssetUID", first).delete("/api/v1/asset").then().statusCode(200);
        assertThat(stored(first)).isFalse();
        as(tenant).queryParam("ProjectUID", projectId).queryParam("IsLoadAssets", "true").get("/api/v1/project").then()
                .statusCode(200).body("result[0].assets.size()", equalTo(0));
    }

    @Test
    void missing_project_uid_or_file_is_a_400_validation_body() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Validation");
        as(tenant).multiPart("File", "box.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(400).body("status", equalTo(400)).body("errors", hasKey("ProjectUID"));
        as(tenant).multiPart("ProjectUID", projectId).post("/api/v1/asset/upload").then().statusCode(400).body("errors",
                hasKey("File"));
    }

    @Test
    void an_empty_file_is_a_400() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Empty");
        upload(tenant, projectId, "empty.pdf", new byte[0]).then().statusCode(400).body("errors", hasKey("File"));
    }

    @Test
    void unknown_or_malformed_project_is_404() {
        Tenant tenant = Tenant.create();
        upload(tenant, UUID.randomUUID().toString(), "box.pdf", pdf()).then().statusCode(404)
                .body("statusCode", equalTo(404)).body("message", equalTo("Project not found."));
        upload(tenant, "not-an-id", "box.pdf", pdf()).then().statusCode(404).body("message",
                equalTo("Project not found."));
    }

    @Test
    void unknown_asset_uid_for_a_new_version_is_404() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Unknown version");
        as(tenant).multiPart("ProjectUID", projectId).multiPart("AssetUID", UUID.randomUUID().toString())
                .multiPart("File", "box.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(404).body("message", equalTo("Asset not found."));
    }

    @Test
    void a_completed_project_refuses_uploads_and_deletes_with_406() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Done");
        String assetId = uploaded(tenant, projectId, "box.pdf", pdf());
        tenant.changeState(projectId, "Completed");
        upload(tenant, projectId, "late.pdf", pdf()).then().statusCode(406).body("statusCode", equalTo(406));
        as(tenant).queryParam("AssetUID", assetId).delete("/api/v1/asset").then().statusCode(406);
    }

    @Test
    void a_file_name_with_directories_is_reduced_to_its_base_name() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Names");
        String unix = uploaded(tenant, projectId, "../../etc/passwd.pdf", pdf());
        String windows = uploaded(tenant, projectId, "..\\..\\evil.pdf", pdf());
        String absolute = uploaded(tenant, projectId, "/tmp/abs.pdf", pdf());
        as(tenant).queryParam("AssetUID", unix).get("/api/v1/asset").then().body("result.name", equalTo("passwd.pdf"));
        as(tenant).queryParam("AssetUID", windows).get("/api/v1/asset").then().body("result.name", equalTo("evil.pdf"));
        as(tenant).queryParam("AssetUID", absolute).get("/api/v1/asset").then().body("result.name", equalTo("abs.pdf"));
        upload(tenant, projectId, "../", pdf()).then().statusCode(400);
    }

    @Test
    void another_tenants_ids_are_404() {
        Tenant owner = Tenant.create();
        Tenant stranger = Tenant.create();
        String projectId = owner.createProject("Private");
        String assetId = uploaded(owner, projectId, "box.pdf", pdf());
        String strangerProject = stranger.createProject("Mine");

        upload(stranger, projectId, "box.pdf", pdf()).then().statusCode(404).body("message",
                equalTo("Project not found."));
        as(stranger).multiPart("ProjectUID", strangerProject).multiPart("AssetUID", assetId)
                .multiPart("File", "box.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(404).body("message", equalTo("Asset not found."));
        as(stranger).queryParam("AssetUID", assetId).get("/api/v1/asset").then().statusCode(404).body("message",
                equalTo("Asset not found."));
        as(stranger).queryParam("AssetUID", assetId).get("/api/v1/asset/download").then().statusCode(404);
        as(stranger).queryParam("AssetUID", assetId).delete("/api/v1/asset").then().statusCode(404);
        as(owner).queryParam("AssetUID", assetId).get("/api/v1/asset").then().statusCode(200);
    }

    @Test
    void unknown_malformed_or_missing_asset_ids_on_get() {
        Tenant tenant = Tenant.create();
        as(tenant).queryParam("AssetUID", UUID.randomUUID().toString()).get("/api/v1/asset").then().statusCode(404)
                .body("message", equalTo("Asset not found."));
        as(tenant).queryParam("AssetUID", "nonsense").get("/api/v1/assets").then().statusCode(404).body("message",
                equalTo("Asset not found."));
        as(tenant).get("/api/v1/asset").then().statusCode(400).body("errors", hasKey("AssetUID"));
    }

    @Test
    void a_malformed_multipart_body_is_a_400() {
        Tenant tenant = Tenant.create();
        as(tenant).contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"File\"; filename=\"a.pdf\"\r\n\r\nabc"
                        .getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/asset/upload").then().statusCode(400);
        as(tenant).contentType("multipart/form-data; boundary=XYZ")
                .body("not multipart at all".getBytes(StandardCharsets.US_ASCII)).post("/api/v1/asset/upload").then()
                .statusCode(400).body("errors.body[0]", equalTo("The request body is not valid multipart/form-data."));
        as(tenant).contentType("multipart/form-data").body("--XYZ\r\n".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/asset/upload").then().statusCode(400);
        as(tenant).multiPart("ProjectUID", "x".repeat(10_000)).multiPart("File", "box.pdf", pdf(), "application/pdf")
                .post("/api/v1/asset/upload").then().statusCode(400)
                .body("errors.ProjectUID[0]", equalTo("'ProjectUID' is longer than the form allows."));
    }

    @Test
    void content_disposition_carries_non_ascii_names_as_rfc_5987() {
        assertThat(AssetResource.contentDisposition("Größe \"box\".pdf")).isEqualTo(
                "attachment; filename=\"Gr__e _box_.pdf\"; filename*=UTF-8''Gr%C3%B6%C3%9Fe%20%22box%22.pdf");
    }

    @Test
    void uploads_need_a_login() {
        given().multiPart("File", "box.pdf", pdf(), "application/pdf").post("/api/v1/asset/upload").then()
                .statusCode(401);
    }
}

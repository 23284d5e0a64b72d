package io.proofline.media.rendition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;

/** Corrupt and hostile uploads end as Failed with a reason, record no asset.uploaded, and the server keeps serving. */
@QuarkusTest
class HostileFilesTest {

    static Stream<Arguments> hostileFiles() throws IOException {
        return Stream.of(
                Arguments.of("truncated.pdf", TestFiles.truncatedPdf(),
                        "The PDF is truncated: it has no end-of-file marker."),
                Arguments.of("bomb.png", TestFiles.pngDeclaring(50_000, 50_000, 10),
                        "The image is 50000 × 50000 pixels; the longest side allowed is 32768 pixels."),
                Arguments.of("wide.png",
                        TestFiles.write(new BufferedImage(100_000, 2, BufferedImage.TYPE_BYTE_GRAY), "png"),
                        "The image is 100000 × 2 pixels; the longest side allowed is 32768 pixels."),
                Arguments.of("lying.png", TestFiles.pngDeclaring(3000, 3000, 5), "The image could not be read:"),
                Arguments.of("huge-page.pdf", TestFiles.pdfWithMediaBox("0 0 2000000 2000000"),
                        "Page 1 of the PDF is 2000000 × 2000000 points; the longest side allowed is 14400 points."),
                Arguments.of("garbage.pdf", "%PDF-1.7\nnot a PDF at all\n%%EOF\n".getBytes(),
                        "The PDF could not be read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_file_fails_with_its_reason_and_the_server_keeps_serving(String name, byte[] bytes, String reason) {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Hostile " + name);
        String assetId = Uploads.upload(tenant, projectId, name, bytes);

        Asset asset = Uploads.processed(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Failed);
        assertThat(asset.failureReason).startsWith(reason);
        assertThat(Db.events("asset.uploaded", assetId)).isEmpty();
        Uploads.view(tenant, assetId).then().statusCode(200);
        assertThat(Uploads.view(tenant, assetId).jsonPath().getString("result.status")).isEqualTo("Failed");
        assertThat(Uploads.view(tenant, assetId).jsonPath().getString("result.thumbnailUrl")).isNull();
        given().get("/q/health/live").then().statusCode(200);
        // the original is still there to download
        given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).get("/api/v1/asset/download").then()
                .statusCode(200);
    }
}

package io.proofline.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;

/** Uploads through the workflow face and the processing outcome as stored. */
public final class Uploads {

    private Uploads() {
    }

    /** Uploads a file into the project's root folder; returns the new asset's id. */
    public static String upload(Tenant tenant, String projectId, String name, byte[] bytes) {
        return given().auth().oauth2(tenant.token).multiPart("ProjectUID", projectId)
                .multiPart("File", name, bytes, "application/octet-stream").post("/api/v1/asset/upload").then()
                .statusCode(200).extract().path("result.assetUID");
    }

    /** The file as the workflow face answers {@code GET /api/v1/asset}. */
    public static Response view(Tenant tenant, String assetId) {
        return given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).get("/api/v1/asset");
    }

    /** Waits until processing has finished either way; returns the asset as stored. */
    public static Asset processed(String assetId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ProcessingStatus status = asset(assetId).processingStatus;
            return status == ProcessingStatus.Processed || status == ProcessingStatus.Failed;
        });
        return asset(assetId);
    }

    public static Asset asset(String assetId) {
        return QuarkusTransaction.requiringNew().call(() -> Asset.<Asset> findById(UUID.fromString(assetId)));
    }
}

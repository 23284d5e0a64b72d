package io.proofline.api.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.proofline.media.rendition.Renditions;
import io.proofline.media.rendition.TestFiles;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.proofline.system.SignedUrls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RenditionResourceTest {

    @Inject
    SignedUrls signedUrls;

    @Inject
    Renditions renditions;

    @Inject
    BlobStore blobs;

    /** A signed link fetched from the test server (links carry the configured public URL's host). */
    static Response fetch(String signedUrl) {
        URI uri = URI.create(signedUrl);
        return given().urlEncodingEnabled(false).get(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    /** The signed link answers 304 to its own ETag. */
    static void assertRevalidates(String signedUrl, String etag) {
        URI uri = URI.create(signedUrl);
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get(uri.getRawPath() + "?" + uri.getRawQuery())
                .then().statusCode(304);
    }

    static BufferedImage decode(Response response) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(response.asByteArray()));
    }

    @Test
    void a_jpeg_gets_a_thumbnail_served_at_its_signed_url_with_caching_headers() throws IOException {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Photos");
        String assetId = Uploads.upload(tenant, projectId, "photo.jpg", TestFiles.jpeg(3000, 2000));

        Asset asset = Uploads.processed(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Processed);
        assertThat(asset.previewable).isTrue();
        assertThat(asset.width).isEqualTo(3000);
        assertThat(asset.height).isEqualTo(2000);
        assertThat(asset.colorSpace).isEqualTo("RGB");
        Response view = Uploads.view(tenant, assetId);
        assertThat(view.jsonPath().getInt("result.pagesCount")).isEqualTo(1);
        String thumbnailUrl = view.jsonPath().getString("result.thumbnailUrl");
        assertThat(thumbnailUrl).contains("/media/renditions/" + assetId + "/thumbnail.jpg?expires=");
        assertThat(Uploads.view(tenant, assetId).jsonPath().getString("result.thumbnailUrl"))
                .as("the same link for a while, so browsers cache it").isEqualTo(thumbnailUrl);

        Response thumbnail = fetch(thumbnailUrl);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
        assertThat(thumbnail.header("Cache-Control")).startsWith("private, max-age=");
        String etag = thumbnail.header("ETag");
        assertThat(etag).isEqualTo("\"" + asset.md5 + "-thumbnail\"");
        BufferedImage image = decode(thumbnail);
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(341);

        assertRevalidates(thumbnailUrl, etag);
        Response preview = fetch(renditions.pageUrl(asset, 1));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(decode(preview).getWidth()).isEqualTo(2048);
        assertThat(Db.events("asset.uploaded", assetId)).hasSize(1);
    }

    @Test
    void the_small_thumbnail_of_the_review_grid_is_made_by_processing_and_cached_like_the_thumbnail()
            throws IOException {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Grid");
        String assetId = Uploads.upload(tenant, projectId, "wide.jpg", TestFiles.jpeg(1200, 800));
        Asset asset = Uploads.processed(assetId);
        assertThat(blobs.exists(BlobKeys.smallThumbnail(asset.id))).isTrue();
        assertThat(BlobKeys.renditions(asset.id, 1)).as("deleted with the asset")
                .contains(BlobKeys.smallThumbnail(asset.id));

        String url = renditions.smallThumbnailUrl(asset);
        assertThat(url).contains("/media/renditions/" + assetId + "/thumbnail-small.jpg?expires=")
                .isEqualTo(renditions.smallThumbnailUrl(asset));
        Response small = fetch(url);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.contentType()).isEqualTo("image/jpeg");
        assertThat(small.header("Cache-Control")).startsWith("private, max-age=").endsWith(", immutable");
        String etag = small.header("ETag");
        assertThat(etag).isEqualTo("\"" + asset.md5 + "-thumbnail-small\"");
        BufferedImage image = decode(small);
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(213);
        assertRevalidates(url, etag);

        String thumbnailPath = "/media/renditions/" + assetId + "/thumbnail.jpg";
        String otherPath = signedUrls.sign(thumbnailPath, Duration.ofMinutes(5)).replace("/thumbnail.jpg?",
                "/thumbnail-small.jpg?");
        assertThat(fetch(otherPath).statusCode()).as("the thumbnail's signature does not open the small one")
                .isEqualTo(403);

        blobs.delete(BlobKeys.smallThumbnail(asset.id));
        Response before = fetch(url);
        assertThat(before.statusCode()).as("an asset processed before small thumbnails gets the thumbnail")
                .isEqualTo(200);
        assertThat(before.header("ETag")).isEqualTo("\"" + asset.md5 + "-thumbnail\"");
        assertThat(decode(before).getWidth()).isEqualTo(512);
    }

    @Test
    void a_cmyk_jpeg_is_stored_as_cmyk_and_its_thumbnail_decodes() throws IOException {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Packaging");
        String assetId = Uploads.upload(tenant, projectId, "box.jpg", TestFiles.cmykJpeg(1200, 900));
        Asset asset = Uploads.processed(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Processed);
        assertThat(asset.colorSpace).isEqualTo("CMYK");
        BufferedImage thumbnail = decode(
                fetch(Uploads.view(tenant, assetId).jsonPath().getString("result.thumbnailUrl")));
        assertThat(thumbnail.getWidth()).isEqualTo(512);
        assertThat(thumbnail.getHeight()).isEqualTo(384);
    }

    @Test
    void a_multi_page_pdf_has_its_page_count_and_a_preview_per_page() throws IOException {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Leaflets");
        String assetId = Uploads.upload(tenant, projectId, "leaflet.ai", TestFiles.pdf(3, 595, 842));
        Asset asset = Uploads.processed(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Processed);
        assertThat(asset.pagesCount).isEqualTo(3);
        assertThat(asset.width).isEqualTo(595);
        assertThat(asset.height).isEqualTo(842);
        assertThat(Uploads.view(tenant, assetId).jsonPath().getInt("result.pagesCount")).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            BufferedImage preview = decode(fetch(renditions.pageUrl(asset, page)));
            assertThat(preview.getWidth()).isEqualTo(1239);
            assertThat(preview.getHeight()).isEqualTo(1754);
        }
        assertThat(renditions.pageUrl(asset, 4)).isNull();
        String pageFour = signedUrls.sign("/media/renditions/" + assetId + "/pages/4.jpg", Duration.ofMinutes(5));
        assertThat(fetch(pageFour).statusCode()).isEqualTo(404);
        BufferedImage thumbnail = decode(fetch(renditions.thumbnailUrl(asset)));
        assertThat(thumbnail.getHeight()).isEqualTo(512);
    }

    @Test
    void a_file_that_cannot_be_previewed_is_processed_and_downloadable_without_a_thumbnail() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Notes");
        byte[] text = "Copy for the back of the box.\n".getBytes();
        String assetId = Uploads.upload(tenant, projectId, "copy.png", text);
        Asset asset = Uploads.processed(assetId);
        assertThat(asset.processingStatus).isEqualTo(ProcessingStatus.Processed);
        assertThat(asset.previewable).isFalse();
        Response view = Uploads.view(tenant, assetId);
        assertThat(view.jsonPath().getInt("result.pagesCount")).isZero();
        assertThat(view.jsonPath().getString("result.thumbnailUrl")).isNull();
        given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).get("/api/v1/asset/download").then()
                .statusCode(200);
        String forged = signedUrls.sign("/media/renditions/" + assetId + "/thumbnail.jpg", Duration.ofMinutes(5));
        assertThat(fetch(forged).statusCode()).isEqualTo(404);
    }

    @Test
    void a_wrong_expired_or_borrowed_signature_is_403_and_reaches_no_file() throws IOException {
        Tenant owner = Tenant.create();
        Tenant stranger = Tenant.create();
        String mine = Uploads.upload(owner, owner.createProject("Mine"), "a.png", TestFiles.png(64, 64));
        String theirs = Uploads.upload(stranger, stranger.createProject("Theirs"), "b.png", TestFiles.png(64, 64));
        Uploads.processed(mine);
        Uploads.processed(theirs);
        String url = Uploads.view(owner, mine).jsonPath().getString("result.thumbnailUrl");
        URI uri = URI.create(url);
        String query = uri.getRawQuery();

        // the owner's signature does not open the other tenant's thumbnail, nor a page of the same asset
        assertThat(given().urlEncodingEnabled(false).get("/media/renditions/" + theirs + "/thumbnail.jpg?" + query)
                .statusCode()).isEqualTo(403);
        assertThat(given().urlEncodingEnabled(false).get("/media/renditions/" + mine + "/pages/1.jpg?" + query)
                .statusCode()).isEqualTo(403);
        assertThat(given().urlEncodingEnabled(false).get(uri.getRawPath() + "?" + query.replace("signature=", "x="))
                .statusCode()).isEqualTo(403);
        assertThat(given().urlEncodingEnabled(false).get(uri.getRawPath() + "?" + query + "A").statusCode())
                .isEqualTo(403);
        given().get(uri.getRawPath()).then().statusCode(403);
        String expired = signedUrls.sign(uri.getRawPath(), Duration.ofSeconds(-10));
        Response refused = fetch(expired);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.jsonPath().getString("error")).isEqualTo("The link is invalid or has expired.");
        // and the stranger cannot get a link to the owner's asset at all
        Uploads.view(stranger, mine).then().statusCode(404);
        assertThat(decode(fetch(url)).getWidth()).isEqualTo(64);
    }

    @Test
    void an_unknown_or_deleted_asset_is_404_even_with_a_valid_signature() throws IOException {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Deleted");
        String assetId = Uploads.upload(tenant, projectId, "a.pdf", TestFiles.pdf(2, 200, 200));
        Asset asset = Uploads.processed(assetId);
        String thumbnail = renditions.thumbnailUrl(asset);
        assertThat(fetch(thumbnail).statusCode()).isEqualTo(200);

        given().auth().oauth2(tenant.token).queryParam("AssetUID", assetId).delete("/api/v1/asset").then()
                .statusCode(200);
        assertThat(fetch(thumbnail).statusCode()).isEqualTo(404);
        assertThat(blobs.exists(BlobKeys.thumbnail(asset.id))).isFalse();
        assertThat(blobs.exists(BlobKeys.page(asset.id, 2))).isFalse();
        String unknown = signedUrls.sign("/media/renditions/" + UUID.randomUUID() + "/thumbnail.jpg",
                Duration.ofMinutes(5));
        assertThat(fetch(unknown).statusCode()).isEqualTo(404);
        String malformed = signedUrls.sign("/media/renditions/not-a-uuid/thumbnail.jpg", Duration.ofMinutes(5));
        assertThat(fetch(malformed).statusCode()).isEqualTo(404);
    }
}

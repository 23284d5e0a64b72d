package io.proofline.web.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.proofline.media.rendition.TestFiles;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;

/** A tenant's project with uploaded images and a review link holding them, made through the APIs. */
final class ReviewFixtures {

    final Tenant tenant;
    final String projectId;
    final List<String> assetIds = new ArrayList<>();
    String linkId;
    String token;

    private ReviewFixtures(Tenant tenant, String projectId) {
        this.tenant = tenant;
        this.projectId = projectId;
    }

    static ReviewFixtures project() {
        Tenant tenant = Tenant.create();
        return new ReviewFixtures(tenant, tenant.createProject("Review page " + System.nanoTime()));
    }

    /** Uploads {@code count} small images named {@code prefix-N.png} and waits until they are processed. */
    ReviewFixtures images(String prefix, int count) {
        List<String> uploaded = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            uploaded.add(Uploads.upload(tenant, projectId, prefix + "-" + i + ".png", png(64 + i, 48)));
        }
        uploaded.forEach(Uploads::processed);
        assetIds.addAll(uploaded);
        return this;
    }

    ReviewFixtures image(String name, int width, int height) {
        return file(name, png(width, height));
    }

    ReviewFixtures file(String name, byte[] bytes) {
        String id = Uploads.upload(tenant, projectId, name, bytes);
        Uploads.processed(id);
        assetIds.add(id);
        return this;
    }

    /**
     * Makes a version stack of the last two files uploaded (the older one first); the stack takes their place in
     * {@link #assetIds}. Returns the ids of the versions, oldest first.
     */
    List<String> stackLastTwo() {
        String older = assetIds.remove(assetIds.size() - 2);
        String newer = assetIds.remove(assetIds.size() - 1);
        String stack = tenant.request().body(Map.of("next_asset_id", newer)).post("/v2/assets/" + older + "/version")
                .then().statusCode(200).extract().path("id");
        assetIds.add(stack);
        return List.of(older, newer);
    }

    /** A link with the settings given (the seed's field names) holding every asset uploaded so far. */
    ReviewFixtures link(Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.putIfAbsent("name", "Round 1");
        linkId = tenant.request().body(body).post("/v2/projects/" + projectId + "/review_links").then().statusCode(201)
                .extract().path("id");
        if (!assetIds.isEmpty()) {
            tenant.request().body(Map.of("asset_ids", assetIds)).post("/v2/review_links/" + linkId + "/assets").then()
                    .statusCode(200);
        }
        String shortUrl = tenant.request().get("/v2/review_links/" + linkId).then().statusCode(200).extract()
                .path("short_url");
        token = shortUrl.substring(shortUrl.lastIndexOf('/') + 1);
        return this;
    }

    void changeLink(Map<String, Object> change) {
        tenant.request().body(change).put("/v2/review_links/" + linkId).then().statusCode(200);
    }

    String path() {
        return "/r/" + token;
    }

    private static byte[] png(int width, int height) {
        try {
            return TestFiles.png(width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

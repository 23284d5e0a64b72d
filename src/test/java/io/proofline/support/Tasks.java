package io.proofline.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.proofline.review.ReviewTask;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Review tasks for tests: created through the workflow face, read as stored. */
public final class Tasks {

    private Tasks() {
    }

    /** A project of the tenant with files uploaded into it (bytes need not be media). */
    public record Setup(Tenant tenant, String projectId, List<String> assetIds) {
    }

    public static Setup setup(int files) {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Review " + UUID.randomUUID());
        List<String> assets = java.util.stream.IntStream.range(0, files)
                .mapToObj(i -> Uploads.upload(tenant, projectId, "artwork-" + i + ".txt", ("artwork " + i).getBytes()))
                .toList();
        return new Setup(tenant, projectId, assets);
    }

    /** Creates an external task for the setup's files; returns its id. */
    public static String external(Setup setup, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("projectUID", setup.projectId(), "email",
                "reviewer@example.com", "assetUIDs", setup.assetIds()));
        body.putAll(extra);
        return setup.tenant().request().body(body).post("/api/v1/task/review_asset_ext").then().statusCode(200)
                .extract().path("result.taskUID");
    }

    /** Makes a colleague one of the project's owners, so that they see it (and may be assigned its tasks). */
    public static void shareProject(Setup setup, String userId) {
        setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "projectName", "Review " + setup.projectId(),
                        "projectOwnersUIDS", List.of(setup.tenant().userId, userId)))
                .put("/api/v1/project").then().statusCode(200);
    }

    /** Creates an internal task for a user, first sharing the project with them; returns its id. */
    public static String internal(Setup setup, String userId) {
        if (!userId.equals(setup.tenant().userId)) {
            shareProject(setup, userId);
        }
        return setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "userUID", userId, "assetUIDs", setup.assetIds()))
                .post("/api/v1/task/review_asset").then().statusCode(200).extract().path("result.taskUID");
    }

    public static ReviewTask task(String taskId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewTask.<ReviewTask> findById(UUID.fromString(taskId)));
    }
}

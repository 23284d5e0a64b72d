package io.proofline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ReviewStatusCountsTest {

    @Inject
    Decisions decisions;

    @Inject
    ReviewStatusCounts counts;

    static ValidatableResponse assertCounts(ValidatableResponse response, String path, int pending, int approved,
            int rejected) {
        return response.body(path + ".pendingCount", equalTo(pending)).body(path + ".approvedCount", equalTo(approved))
                .body(path + ".rejectedCount", equalTo(rejected));
    }

    ValidatableResponse project(Tasks.Setup setup) {
        return setup.tenant().request().queryParam("ProjectUID", setup.projectId()).queryParam("IsLoadAssets", "true")
                .get("/api/v1/project").then().statusCode(200);
    }

    @Test
    void counts_follow_tasks_and_decisions_on_assets_and_projects() {
        Tasks.Setup setup = Tasks.setup(2);
        UUID first = UUID.fromString(setup.assetIds().get(0));
        UUID second = UUID.fromString(setup.assetIds().get(1));
        assertCounts(project(setup), "result[0].reviewStatus", 0, 0, 0);

        UUID both = UUID.fromString(Tasks.external(setup, Map.of()));
        Tasks.external(setup, Map.of("assetUIDs", List.of(first.toString())));
        ValidatableResponse listed = project(setup);
        assertCounts(listed, "result[0].reviewStatus", 2, 0, 0);
        assertCounts(listed, "result[0].assets.find { it.assetUID == '" + first + "' }.reviewStatus", 2, 0, 0);
        assertCounts(listed, "result[0].assets.find { it.assetUID == '" + second + "' }.reviewStatus", 1, 0, 0);

        decisions.decideInTask(both, first, true, null);
        decisions.decideInTask(both, second, false, null);
        // the first task is completed now: one pending task left, on the first asset only
        listed = project(setup);
        assertCounts(listed, "result[0].reviewStatus", 1, 1, 1);
        assertCounts(listed, "result[0].assets.find { it.assetUID == '" + first + "' }.reviewStatus", 1, 1, 0);
        assertCounts(listed, "result[0].assets.find { it.assetUID == '" + second + "' }.reviewStatus", 0, 0, 1);
        assertCounts(setup.tenant().request().queryParam("AssetUID", second.toString()).get("/api/v1/asset").then()
                .statusCode(200), "result.reviewStatus", 0, 0, 1);

        // a deleted asset's decisions no longer count for the project
        setup.tenant().request().queryParam("AssetUID", second.toString()).delete("/api/v1/asset").then()
                .statusCode(200);
        assertCounts(project(setup), "result[0].reviewStatus", 1, 1, 0);
    }

    @Test
    void counts_of_many_assets_come_in_one_map_and_unknown_ids_have_none() {
        Tasks.Setup setup = Tasks.setup(3);
        Tasks.external(setup, Map.of());
        List<UUID> ids = setup.assetIds().stream().map(UUID::fromString).toList();
        Map<UUID, ReviewStatusCounts.Counts> byAsset = counts.ofAssets(ids);
        assertThat(byAsset).hasSize(3).allSatisfy((id, count) -> assertThat(count.pending()).isEqualTo(1));
        assertThat(counts.ofAssets(List.of(UUID.randomUUID()))).isEmpty();
        assertThat(counts.ofProjects(List.of())).isEmpty();
    }
}

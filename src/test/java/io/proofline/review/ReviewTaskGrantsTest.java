package io.proofline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.annotation.ExternalTaskGrants.Grant;
import io.proofline.support.Tasks;
import io.proofline.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewTaskGrantsTest {

    @Inject
    ReviewTaskGrants grants;

    @Inject
    Decisions decisions;

    @Test
    void an_open_task_grants_its_reviewer_its_assets() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID writable = UUID.fromString(Tasks.external(setup, Map.of()));
        UUID readOnly = UUID.fromString(Tasks.external(setup, Map.of("isReadOnly", true)));

        assertThat(grants.grant(writable, asset, "reviewer@example.com")).isEqualTo(Grant.WRITE);
        assertThat(grants.grant(writable, asset, " Reviewer@EXAMPLE.com")).isEqualTo(Grant.WRITE);
        assertThat(grants.grant(readOnly, asset, "reviewer@example.com")).isEqualTo(Grant.READ);
        assertThat(grants.grant(writable, asset, "someone-else@example.com")).isEqualTo(Grant.NONE);
        assertThat(grants.grant(UUID.randomUUID(), asset, "reviewer@example.com")).isEqualTo(Grant.NONE);
        assertThat(grants.grant(writable, null, "reviewer@example.com")).isEqualTo(Grant.NONE);
        String other = Uploads.upload(setup.tenant(), setup.projectId(), "other.txt", "x".getBytes());
        assertThat(grants.grant(writable, UUID.fromString(other), "reviewer@example.com")).isEqualTo(Grant.NONE);
    }

    @Test
    void an_open_internal_task_grants_its_assignee_only() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID assignee = UUID.fromString(setup.tenant().userId);
        UUID internal = UUID.fromString(Tasks.internal(setup, assignee.toString()));
        UUID external = UUID.fromString(Tasks.external(setup, Map.of("email", setup.tenant().email)));

        assertThat(grants.grantToAssignee(internal, asset, assignee)).isEqualTo(Grant.WRITE);
        assertThat(grants.grantToAssignee(internal, asset, UUID.fromString(setup.tenant().anotherMemberId())))
                .isEqualTo(Grant.NONE);
        assertThat(grants.grantToAssignee(external, asset, assignee)).isEqualTo(Grant.NONE);
        assertThat(grants.grantToAssignee(internal, null, assignee)).isEqualTo(Grant.NONE);
        String other = Uploads.upload(setup.tenant(), setup.projectId(), "other.txt", "x".getBytes());
        assertThat(grants.grantToAssignee(internal, UUID.fromString(other), assignee)).isEqualTo(Grant.NONE);
    }

    @Test
    void finished_deleted_and_internal_tasks_grant_nothing_by_email() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID finished = UUID.fromString(Tasks.external(setup, Map.of()));
        decisions.decideInTask(finished, asset, true, null);
        assertThat(grants.grant(finished, asset, "reviewer@example.com")).isEqualTo(Grant.NONE);

        String deleted = Tasks.external(setup, Map.of());
        setup.tenant().request().queryParam("TaskUID", deleted).delete("/api/v1/task").then().statusCode(200);
        assertThat(grants.grant(UUID.fromString(deleted), asset, "reviewer@example.com")).isEqualTo(Grant.NONE);

        UUID internal = UUID.fromString(Tasks.internal(setup, setup.tenant().userId));
        assertThat(grants.grant(internal, asset, setup.tenant().email)).isEqualTo(Grant.NONE);
        decisions.decideInTask(internal, asset, true, null);
        assertThat(grants.grantToAssignee(internal, asset, UUID.fromString(setup.tenant().userId)))
                .isEqualTo(Grant.NONE);

        UUID gone = UUID.fromString(Tasks.external(setup, Map.of()));
        setup.tenant().request().queryParam("AssetUID", asset.toString()).delete("/api/v1/asset").then()
                .statusCode(200);
        assertThat(grants.grant(gone, asset, "reviewer@example.com")).isEqualTo(Grant.NONE);
    }
}

package io.proofline.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Db;
import io.proofline.support.Tasks;
import io.proofline.support.Uploads;
import io.proofline.system.ForbiddenException;
import io.proofline.system.GoneException;
import io.proofline.system.NotFoundException;
import io.proofline.system.StateRuleException;
import io.proofline.system.ValidationException;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DecisionsTest {

    @Inject
    Decisions decisions;

    static UUID id(String text) {
        return UUID.fromString(text);
    }

    /** A review link of the setup's project holding the given assets; returns its id. */
    static String link(Tasks.Setup setup, Map<String, Object> settings, List<String> assets) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Proofs"));
        body.putAll(settings);
        String linkId = setup.tenant().request().body(body).post("/v2/projects/" + setup.projectId() + "/review_links")
                .then().statusCode(201).extract().path("id");
        setup.tenant().request().body(Map.of("asset_ids", assets)).post("/v2/review_links/" + linkId + "/assets").then()
                .statusCode(200);
        return linkId;
    }

    @Test
    void a_task_completes_when_every_asset_has_a_decision() {
        Tasks.Setup setup = Tasks.setup(2);
        String taskId = Tasks.external(setup, Map.of());
        UUID first = id(setup.assetIds().get(0));
        UUID second = id(setup.assetIds().get(1));

        Decision decision = decisions.decideInTask(id(taskId), first, true, "Fine");
        assertThat(decision.reviewerEmail).isEqualTo("reviewer@example.com");
        assertThat(decision.reviewerUserId).isNull();
        assertThat(Tasks.task(taskId).status).isEqualTo(ReviewTask.Status.Open);
        assertThat(Db.events("task.completed", taskId)).isEmpty();

        decisions.decideInTask(id(taskId), second, false, "Wrong blue");
        ReviewTask task = Tasks.task(taskId);
        assertThat(task.status).isEqualTo(ReviewTask.Status.Completed);
        assertThat(task.completedAt).isNotNull();
        assertThat(Db.events("task.completed", taskId)).hasSize(1);
        assertThat(Db.events("task.rejected", taskId)).hasSize(1);
        assertThat(Db.events("task.approved", taskId)).isEmpty();

        Map<UUID, Decision> latest = decisions.latestInTask(id(taskId), List.of(first, second));
        assertThat(latest.get(first).approved).isTrue();
        assertThat(latest.get(first).comment).isEqualTo("Fine");
        assertThat(latest.get(second).approved).isFalse();

        // a finished review takes no more decisions
        assertThatThrownBy(() -> decisions.decideInTask(id(taskId), first, false, null))
                .isInstanceOf(GoneException.class);
    }

    @Test
    void an_internal_task_approved_throughout_is_approved_by_its_user() {
        Tasks.Setup setup = Tasks.setup(1);
        String colleague = setup.tenant().anotherMemberId();
        String taskId = Tasks.internal(setup, colleague);
        Decision decision = decisions.decideInTask(id(taskId), id(setup.assetIds().get(0)), true, null);
        assertThat(decision.reviewerUserId).isEqualTo(id(colleague));
        assertThat(Db.events("task.approved", taskId)).hasSize(1);
        assertThat(Tasks.task(taskId).status).isEqualTo(ReviewTask.Status.Completed);
    }

    @Test
    void read_only_tasks_and_assets_outside_the_task_are_refused() {
        Tasks.Setup setup = Tasks.setup(1);
        String readOnly = Tasks.external(setup, Map.of("isReadOnly", true));
        UUID asset = id(setup.assetIds().get(0));
        assertThatThrownBy(() -> decisions.decideInTask(id(readOnly), asset, true, null))
                .isInstanceOf(ForbiddenException.class).hasMessage(Decisions.READ_ONLY);

        String open = Tasks.external(setup, Map.of());
        String outside = Uploads.upload(setup.tenant(), setup.projectId(), "not-in-task.txt", "x".getBytes());
        assertThatThrownBy(() -> decisions.decideInTask(id(open), id(outside), true, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decideInTask(UUID.randomUUID(), asset, true, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decideInTask(id(open), asset, true, "x".repeat(2001)))
                .isInstanceOf(ValidationException.class);
        setup.tenant().request().queryParam("TaskUID", open).delete("/api/v1/task").then().statusCode(200);
        assertThatThrownBy(() -> decisions.decideInTask(id(open), asset, true, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_reviewer_who_changes_their_mind_counts_once() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = id(setup.assetIds().get(0));
        UUID linkId = id(link(setup, Map.of(), setup.assetIds()));
        decisions.decideInLink(linkId, asset, "Ann", "ann@example.com", false, null);
        decisions.decideInLink(linkId, asset, "Ann", "ANN@example.com", true, "Now fine");
        decisions.decideInLink(linkId, asset, "Bob", "bob@example.com", false, "No");

        Map<UUID, Decision> latest = decisions.latestInLink(linkId, List.of(asset));
        assertThat(latest.get(asset).reviewerName).isEqualTo("Bob");
        setup.tenant().request().queryParam("AssetUID", asset.toString()).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", org.hamcrest.Matchers.equalTo(1))
                .body("result.reviewStatus.rejectedCount", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void a_link_without_approvals_expired_or_deleted_refuses_decisions() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = id(setup.assetIds().get(0));
        UUID noApprovals = id(link(setup, Map.of("allow_approvals", false), setup.assetIds()));
        assertThatThrownBy(() -> decisions.decideInLink(noApprovals, asset, "Ann", "ann@example.com", true, null))
                .isInstanceOf(ForbiddenException.class).hasMessage(Decisions.NO_APPROVALS);

        UUID expired = id(link(setup, Map.of(), setup.assetIds()));
        setup.tenant().request().body(Map.of("expires_at", Instant.now().minusSeconds(60).toString()))
                .put("/v2/review_links/" + expired).then().statusCode(200);
        assertThatThrownBy(() -> decisions.decideInLink(expired, asset, "Ann", "ann@example.com", true, null))
                .isInstanceOf(GoneException.class);

        UUID deleted = id(link(setup, Map.of(), setup.assetIds()));
        setup.tenant().request().delete("/v2/review_links/" + deleted).then().statusCode(200);
        assertThatThrownBy(() -> decisions.decideInLink(deleted, asset, "Ann", "ann@example.com", true, null))
                .isInstanceOf(StateRuleException.class);

        UUID open = id(link(setup, Map.of(), setup.assetIds()));
        assertThatThrownBy(() -> decisions.decideInLink(open, asset, "Ann", "not-an-email", true, null))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> decisions.decideInLink(open, asset, "", "ann@example.com", true, null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_link_holds_the_versions_of_its_stacks_and_nothing_else() {
        Tasks.Setup setup = Tasks.setup(2);
        String first = setup.assetIds().get(0);
        String second = Uploads.upload(setup.tenant(), setup.projectId(), "artwork-v2.txt", "v2".getBytes());
        // processing rewrites the asset rows: let it finish before the files move into a stack
        Uploads.processed(first);
        Uploads.processed(second);
        String stack = setup.tenant().request().body(Map.of("next_asset_id", second))
                .post("/v2/assets/" + first + "/version").then().statusCode(200).extract().path("id");
        UUID all = id(link(setup, Map.of(), List.of(stack)));
        UUID current = id(link(setup, Map.of("current_version_only", true), List.of(stack)));

        assertThat(decisions.decideInLink(all, id(first), "Ann", "ann@example.com", true, null).approved).isTrue();
        decisions.decideInLink(current, id(second), "Ann", "ann@example.com", true, null);
        assertThatThrownBy(() -> decisions.decideInLink(current, id(first), "Ann", "ann@example.com", true, null))
                .isInstanceOf(NotFoundException.class);
        // the other file of the project is not in the link, and a stack is not a version
        assertThatThrownBy(
                () -> decisions.decideInLink(all, id(setup.assetIds().get(1)), "Ann", "ann@example.com", true, null))
                        .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decideInLink(all, id(stack), "Ann", "ann@example.com", true, null))
                .isInstanceOf(ValidationException.class);
    }
}

package io.proofline.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.review.ReviewScopes.Grant;
import io.proofline.support.Tasks;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReviewScopeTest {

    @Inject
    ReviewScopes scopes;

    @Inject
    Decisions decisions;

    @Test
    void an_open_task_grants_its_reviewer_its_assets() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID writable = UUID.fromString(Tasks.external(setup, Map.of()));
        UUID readOnly = UUID.fromString(Tasks.external(setup, Map.of("isReadOnly", true)));

        assertThat(grant(writable, asset, "reviewer@example.com")).isEqualTo(Grant.WRITE);
        assertThat(grant(writable, asset, " Reviewer@EXAMPLE.com")).isEqualTo(Grant.WRITE);
        assertThat(grant(readOnly, asset, "reviewer@example.com")).isEqualTo(Grant.READ);
        assertThat(grant(writable, asset, "someone-else@example.com")).isEqualTo(Grant.NONE);
        assertThat(grant(UUID.randomUUID(), asset, "reviewer@example.com")).isEqualTo(Grant.NONE);
        assertThat(grant(writable, null, "reviewer@example.com")).isEqualTo(Grant.NONE);
        String other = Uploads.upload(setup.tenant(), setup.projectId(), "other.txt", "x".getBytes());
        assertThat(grant(writable, UUID.fromString(other), "reviewer@example.com")).isEqualTo(Grant.NONE);
    }

    @Test
    void an_open_internal_task_grants_its_assignee_only() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID assignee = UUID.fromString(setup.tenant().userId);
        UUID internal = UUID.fromString(Tasks.internal(setup, assignee.toString()));
        UUID external = UUID.fromString(Tasks.external(setup, Map.of("email", setup.tenant().email)));

        assertThat(grantToAssignee(internal, asset, assignee)).isEqualTo(Grant.WRITE);
        assertThat(grantToAssignee(internal, asset, UUID.fromString(setup.tenant().anotherMemberId())))
                .isEqualTo(Grant.NONE);
        assertThat(grantToAssignee(external, asset, assignee)).isEqualTo(Grant.NONE);
        assertThat(grantToAssignee(internal, null, assignee)).isEqualTo(Grant.NONE);
        String other = Uploads.upload(setup.tenant(), setup.projectId(), "other.txt", "x".getBytes());
        assertThat(grantToAssignee(internal, UUID.fromString(other), assignee)).isEqualTo(Grant.NONE);
    }

    @Test
    void finished_deleted_and_internal_tasks_grant_nothing_by_email() {
        Tasks.Setup setup = Tasks.setup(1);
        UUID asset = UUID.fromString(setup.assetIds().get(0));
        UUID finished = UUID.fromString(Tasks.external(setup, Map.of()));
        decisions.decideInTask(finished, asset, true, null);
        assertThat(grant(finished, asset, "reviewer@example.com")).isEqualTo(Grant.NONE);

        String deleted = Tasks.external(setup, Map.of());
        setup.tenant().request().queryParam("TaskUID", deleted).delete("/api/v1/task").then().statusCode(200);
        assertThat(grant(UUID.fromString(deleted), asset, "reviewer@example.com")).isEqualTo(Grant.NONE);

        UUID internal = UUID.fromString(Tasks.internal(setup, setup.tenant().userId));
        assertThat(grant(internal, asset, setup.tenant().email)).isEqualTo(Grant.NONE);
        decisions.decideInTask(internal, asset, true, null);
        assertThat(grantToAssignee(internal, asset, UUID.fromString(setup.tenant().userId))).isEqualTo(Grant.NONE);

        UUID gone = UUID.fromString(Tasks.external(setup, Map.of()));
        setup.tenant().request().queryParam("AssetUID", asset.toString()).delete("/api/v1/asset").then()
                .statusCode(200);
        assertThat(grant(gone, asset, "reviewer@example.com")).isEqualTo(Grant.NONE);
    }

    /** A project with a version stack of two files (older, newer) and a lone file, and a link holding both. */
    private record Linked(Tenant tenant, String linkId, UUID stack, UUID older, UUID newer, UUID lone, UUID outside) {

        ReviewLink link() {
            return QuarkusTransaction.requiringNew()
                    .call(() -> ReviewLink.<ReviewLink> findById(UUID.fromString(linkId)));
        }
    }

    private static Linked linked() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Scope " + UUID.randomUUID());
        String older = Uploads.upload(tenant, projectId, "box-v1.txt", "v1".getBytes());
        String newer = Uploads.upload(tenant, projectId, "box-v2.txt", "v2".getBytes());
        String lone = Uploads.upload(tenant, projectId, "label.txt", "label".getBytes());
        String outside = Uploads.upload(tenant, projectId, "not-sent.txt", "x".getBytes());
        String stack = tenant.request().body(Map.of("next_asset_id", newer)).post("/v2/assets/" + older + "/version")
                .then().statusCode(200).extract().path("id");
        String linkId = tenant.request().body(Map.of("name", "Round 1"))
                .post("/v2/projects/" + projectId + "/review_links").then().statusCode(201).extract().path("id");
        tenant.request().body(Map.of("asset_ids", List.of(stack, lone))).post("/v2/review_links/" + linkId + "/assets")
                .then().statusCode(200);
        return new Linked(tenant, linkId, UUID.fromString(stack), UUID.fromString(older), UUID.fromString(newer),
                UUID.fromString(lone), UUID.fromString(outside));
    }

    @Test
    void a_link_shows_its_items_in_order_and_every_version_of_its_stacks_newest_first() {
        Linked setup = linked();
        ReviewScope scope = scopes.link(setup.link());

        assertThat(scope.count()).isEqualTo(2);
        ReviewScope.Page page = scope.page(1, 48);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.items()).extracting(item -> item.asset().id).containsExactly(setup.stack(), setup.lone());
        assertThat(page.items().get(0).shown().id).as("a stack opens on its newest version").isEqualTo(setup.newer());
        assertThat(page.items().get(0).versions()).isEqualTo(2);
        assertThat(page.items().get(1).shown().id).isEqualTo(setup.lone());

        ReviewScope.Shown older = scope.show(setup.older()).orElseThrow();
        assertThat(older.stack().id).isEqualTo(setup.stack());
        assertThat(older.versions()).extracting(version -> version.id).containsExactly(setup.newer(), setup.older());
        assertThat(scope.show(setup.lone()).orElseThrow().stack()).isNull();
        assertThat(scope.show(setup.outside())).as("a file the link does not hold").isEmpty();
        assertThat(scope.show(setup.stack())).as("a stack is not a file").isEmpty();
        assertThat(scope.show(UUID.randomUUID())).isEmpty();
        assertThat(scope.show(null)).isEmpty();
    }

    @Test
    void the_current_version_only_shows_the_newest_version_and_no_version_list() {
        Linked setup = linked();
        setup.tenant().request().body(Map.of("current_version_only", true)).put("/v2/review_links/" + setup.linkId())
                .then().statusCode(200);
        ReviewScope scope = scopes.link(setup.link());

        assertThat(scope.show(setup.older())).isEmpty();
        ReviewScope.Shown newer = scope.show(setup.newer()).orElseThrow();
        assertThat(newer.versions()).isEmpty();
        assertThat(newer.name()).as("named as the grid names it: by its stack").isEqualTo(newer.stack().name);
        assertThat(grantThroughLink(setup, setup.older())).isEqualTo(Grant.NONE);
        assertThat(grantThroughLink(setup, setup.newer())).isEqualTo(Grant.WRITE);
    }

    @Test
    void a_page_past_the_end_is_the_last_page() {
        Linked setup = linked();
        ReviewScope.Page page = scopes.link(setup.link()).page(9, 1);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.pages()).isEqualTo(2);
        assertThat(page.items()).extracting(item -> item.asset().id).containsExactly(setup.lone());
    }

    @Test
    void decisions_through_the_scope_are_its_latest_with_the_reviewers_name() {
        Linked setup = linked();
        ReviewScope scope = scopes.link(setup.link());
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana Lee", "ana@client.example", scope.id());

        scope.decide(setup.lone(), ana, false, "Too dark");
        scope.decide(setup.lone(), ana, true, null);

        ReviewScope.Decided latest = scope.latestDecision(setup.lone()).orElseThrow();
        assertThat(latest.decision().approved).isTrue();
        assertThat(latest.reviewerName()).isEqualTo("Ana Lee");
        assertThat(scope.latestDecisions(List.of(setup.lone(), setup.newer()))).containsOnlyKeys(setup.lone());
        assertThat(scope.latestDecision(setup.newer())).isEmpty();
    }

    @Test
    void a_link_grants_what_it_shows_while_it_opens() {
        Linked setup = linked();
        assertThat(grantThroughLink(setup, setup.older())).isEqualTo(Grant.WRITE);
        assertThat(grantThroughLink(setup, setup.lone())).isEqualTo(Grant.WRITE);
        assertThat(grantThroughLink(setup, setup.outside())).isEqualTo(Grant.NONE);
        assertThat(scopes.grant(ExternalReviewer.throughLink("Ana", "ana@client.example", UUID.randomUUID()),
                setup.lone())).isEqualTo(Grant.NONE);

        setup.tenant().request().body(Map.of("is_active", false)).put("/v2/review_links/" + setup.linkId()).then()
                .statusCode(200);
        assertThat(grantThroughLink(setup, setup.lone())).as("switched off").isEqualTo(Grant.NONE);
    }

    private Grant grantThroughLink(Linked setup, UUID assetId) {
        return scopes.grant(ExternalReviewer.throughLink("Ana", "ana@client.example", UUID.fromString(setup.linkId())),
                assetId);
    }

    /** The grant of a task to the reviewer with this email (an external task's reviewer) for this asset. */
    private Grant grant(UUID taskId, UUID assetId, String email) {
        return scopes.grant(ExternalReviewer.throughTask("Reviewer", email, taskId), assetId);
    }

    /** The grant of an internal task to this user for this asset. */
    private Grant grantToAssignee(UUID taskId, UUID assetId, UUID userId) {
        return scopes.grant(ExternalReviewer.assignee(userId, "Assignee", "assignee@example.com", taskId), assetId);
    }
}

package io.proofline.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.media.rendition.TestFiles;
import io.proofline.project.ProjectState;
import io.proofline.review.ExternalReviewer;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.proofline.system.ForbiddenException;
import io.proofline.system.NotAuthorException;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.StateRuleException;
import io.proofline.system.ValidationException;
import io.quarkus.test.junit.QuarkusTest;

/** The service API the review page uses for external reviewers, through review links and external tasks. */
@QuarkusTest
class AnnotationServiceTest {

    @Inject
    AnnotationService annotations;

    record Setup(Tenant tenant, String projectId, UUID assetId, UUID linkId) {
    }

    static Setup setup() {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Review");
        String assetId = Uploads.upload(tenant, projectId, "label.png", png());
        Uploads.processed(assetId);
        String linkId = tenant.request().body(Map.of("name", "For the client"))
                .post("/v2/projects/" + projectId + "/review_links").then().statusCode(201).extract().path("id");
        tenant.request().body(Map.of("asset_ids", List.of(assetId))).post("/v2/review_links/" + linkId + "/assets")
                .then().statusCode(200);
        return new Setup(tenant, projectId, UUID.fromString(assetId), UUID.fromString(linkId));
    }

    static byte[] png() {
        try {
            return TestFiles.png(100, 100);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real external task on the setup's file for this email; returns its id. */
    static UUID externalTask(Setup setup, String email, boolean readOnly) {
        return UUID.fromString(setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "email", email, "assetUIDs",
                        List.of(setup.assetId().toString()), "isReadOnly", readOnly))
                .post("/api/v1/task/review_asset_ext").then().statusCode(200).extract().path("result.taskUID"));
    }

    static AnnotationService.Draft draft(UUID assetId, String text) {
        return new AnnotationService.Draft(assetId, 1, text, null, new Shape.Point(0.5, 0.5));
    }

    @Test
    void a_reviewer_through_a_link_annotates_and_replies_and_staff_see_who_wrote_it() {
        Setup setup = setup();
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana Client", "Ana@Client.example", setup.linkId());
        Annotation annotation = annotations.create(ana, draft(setup.assetId(), "Logo too small"));
        Annotation reply = annotations.create(ana,
                new AnnotationService.Draft(setup.assetId(), null, "and the colour", annotation.id, null));

        AnnotationService.Listing listing = annotations.list(ana, setup.assetId());
        assertThat(listing.threads()).hasSize(1);
        assertThat(listing.threads().get(0).replies()).extracting(r -> r.id).containsExactly(reply.id);
        setup.tenant().request().queryParam("AssetUID", setup.assetId().toString()).get("/api/v1/annotation").then()
                .statusCode(200).body("result[0].author.userUID", equalTo(null))
                .body("result[0].author.name", equalTo("Ana Client"))
                .body("result[0].author.email", equalTo("ana@client.example"))
                .body("result[0].author.reviewLinkUID", equalTo(setup.linkId().toString()))
                .body("result[0].replies[0].text", equalTo("and the colour"));
        List<Event> added = Db.events(setup.projectId()).stream().filter(e -> e.type.equals("annotation.added"))
                .toList();
        assertThat(added).hasSize(2);
        assertThat(added.get(0).actorId).isNull();
        assertThat(added.get(0).data).contains("\"Name\":\"Ana Client\"").contains("\"Email\":\"ana@client.example\"");
    }

    @Test
    void a_reviewer_edits_and_deletes_only_own_annotations_on_the_same_link() {
        Setup setup = setup();
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana", "ana@client.example", setup.linkId());
        ExternalReviewer bob = ExternalReviewer.throughLink("Bob", "bob@client.example", setup.linkId());
        Annotation annotation = annotations.create(ana, draft(setup.assetId(), "mine"));
        annotations.create(bob, new AnnotationService.Draft(setup.assetId(), null, "bob replies", annotation.id, null));

        assertThat(AnnotationService.isAuthor(ana, annotation)).isTrue();
        assertThat(AnnotationService.isAuthor(bob, annotation)).isFalse();
        assertThatThrownBy(() -> annotations.edit(bob, annotation.id, new AnnotationService.Edit("bob's now", null)))
                .isInstanceOf(NotAuthorException.class).hasMessage("You can edit only your annotation.");
        assertThatThrownBy(() -> annotations.delete(bob, annotation.id)).isInstanceOf(StateRuleException.class)
                .hasMessage("You can delete only your annotation.");
        // the same email through another link is another grant, so not the author either
        String other = setup.tenant().request().body(Map.of("name", "Second round"))
                .post("/v2/projects/" + setup.projectId() + "/review_links").then().statusCode(201).extract()
                .path("id");
        setup.tenant().request().body(Map.of("asset_ids", List.of(setup.assetId().toString())))
                .post("/v2/review_links/" + other + "/assets").then().statusCode(200);
        ExternalReviewer anaElsewhere = ExternalReviewer.throughLink("Ana", "ana@client.example",
                UUID.fromString(other));
        assertThatThrownBy(() -> annotations.delete(anaElsewhere, annotation.id))
                .isInstanceOf(StateRuleException.class);
        // staff cannot delete a reviewer's annotation through the API either
        setup.tenant().request().queryParam("AnnotationUID", annotation.id.toString()).delete("/api/v1/annotation")
                .then().statusCode(412).body("message", equalTo("You can delete only your annotation."));

        ExternalReviewer anaAgain = ExternalReviewer.throughLink("Ana C.", " ANA@client.example ", setup.linkId());
        annotations.edit(anaAgain, annotation.id,
                new AnnotationService.Edit("mine, edited", new Shape.Rect(0, 0, 1, 1)));
        assertThat(annotations.list(ana, setup.assetId()).threads().get(0).annotation().text).isEqualTo("mine, edited");
        annotations.delete(ana, annotation.id);
        assertThat(annotations.list(ana, setup.assetId()).threads()).isEmpty();
        assertThat(Db.events(setup.projectId()).stream().map(e -> e.type)).contains("annotation.edited",
                "annotation.deleted");
    }

    @Test
    void assets_outside_the_link_and_closed_links_grant_nothing() {
        Setup setup = setup();
        String outside = Uploads.upload(setup.tenant(), setup.projectId(), "outside.png", png());
        Uploads.processed(outside);
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana", "ana@client.example", setup.linkId());
        assertThatThrownBy(() -> annotations.create(ana, draft(UUID.fromString(outside), "x")))
                .isInstanceOf(NotFoundException.class).hasMessage("Asset not found.");
        assertThatThrownBy(() -> annotations.list(ana, UUID.fromString(outside))).isInstanceOf(NotFoundException.class);
        Annotation staff = QuarkusStaff.annotate(setup);
        assertThatThrownBy(() -> annotations.delete(ana, staff.id)).isInstanceOf(StateRuleException.class)
                .hasMessage("You can delete only your annotation.");

        setup.tenant().request().body(Map.of("is_active", false)).put("/v2/review_links/" + setup.linkId()).then()
                .statusCode(200);
        assertThatThrownBy(() -> annotations.list(ana, setup.assetId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> annotations.create(ana, draft(setup.assetId(), "x")))
                .isInstanceOf(NotFoundException.class);
        ExternalReviewer unknownLink = ExternalReviewer.throughLink("Ana", "ana@client.example", UUID.randomUUID());
        assertThatThrownBy(() -> annotations.list(unknownLink, setup.assetId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_link_holding_a_version_stack_grants_its_versions_and_only_the_newest_when_it_shows_the_current_version_only() {
        Setup setup = setup();
        String second = io.restassured.RestAssured.given().auth().oauth2(setup.tenant().token)
                .multiPart("ProjectUID", setup.projectId()).multiPart("AssetUID", setup.assetId().toString())
                .multiPart("File", "label-v2.png", png(), "application/octet-stream").post("/api/v1/asset/upload")
                .then().statusCode(200).extract().path("result.assetUID");
        Uploads.processed(second);
        UUID stack = Uploads.asset(second).parentId;
        String linkId = setup.tenant().request().body(Map.of("name", "Versions"))
                .post("/v2/projects/" + setup.projectId() + "/review_links").then().statusCode(201).extract()
                .path("id");
        setup.tenant().request().body(Map.of("asset_ids", List.of(stack.toString())))
                .post("/v2/review_links/" + linkId + "/assets").then().statusCode(200);
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana", "ana@client.example", UUID.fromString(linkId));
        annotations.create(ana, draft(setup.assetId(), "on version 1"));
        annotations.create(ana, draft(UUID.fromString(second), "on version 2"));
        assertThatThrownBy(() -> annotations.create(ana, draft(stack, "on the stack")))
                .isInstanceOf(ValidationException.class);

        setup.tenant().request().body(Map.of("current_version_only", true)).put("/v2/review_links/" + linkId).then()
                .statusCode(200);
        assertThatThrownBy(() -> annotations.list(ana, setup.assetId())).isInstanceOf(NotFoundException.class);
        assertThat(annotations.list(ana, UUID.fromString(second)).threads()).hasSize(1);
    }

    @Test
    void a_task_grants_what_the_task_says_to_its_own_email_only() {
        Setup setup = setup();
        UUID writable = externalTask(setup, "eve@client.example", false);
        UUID readOnly = externalTask(setup, "eve@client.example", true);
        ExternalReviewer eve = ExternalReviewer.throughTask("Eve", "eve@client.example", writable);
        Annotation annotation = annotations.create(eve, draft(setup.assetId(), "from the task"));
        assertThat(annotation.taskId).isEqualTo(writable);
        setup.tenant().request().queryParam("AssetUID", setup.assetId().toString()).get("/api/v1/annotation").then()
                .body("result[0].author.taskUID", equalTo(writable.toString()));

        ExternalReviewer eveReading = ExternalReviewer.throughTask("Eve", "eve@client.example", readOnly);
        assertThat(annotations.list(eveReading, setup.assetId()).threads()).hasSize(1);
        assertThatThrownBy(() -> annotations.create(eveReading, draft(setup.assetId(), "x")))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("This review is read-only: annotations cannot be added, edited or deleted.");
        ExternalReviewer mallory = ExternalReviewer.throughTask("Mallory", "mallory@example.com", writable);
        assertThatThrownBy(() -> annotations.list(mallory, setup.assetId())).isInstanceOf(NotFoundException.class);
        ExternalReviewer unknownTask = ExternalReviewer.throughTask("Eve", "eve@client.example", UUID.randomUUID());
        assertThatThrownBy(() -> annotations.create(unknownTask, draft(setup.assetId(), "x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_reviewer_needs_a_name_an_email_and_exactly_one_grant_and_a_completed_project_is_read_only() {
        Setup setup = setup();
        assertThatThrownBy(() -> annotations.list(new ExternalReviewer(" ", "not-an-email", setup.linkId(), null, null),
                setup.assetId())).isInstanceOf(ValidationException.class)
                        .satisfies(e -> assertThat(((ValidationException) e).errors).containsKeys("name", "email"));
        assertThatThrownBy(() -> annotations.list(
                new ExternalReviewer("Ana", "ana@client.example", setup.linkId(), UUID.randomUUID(), null),
                setup.assetId())).isInstanceOf(ValidationException.class);
        // an assignee reviews through their task, never through a link
        assertThatThrownBy(() -> annotations.list(
                new ExternalReviewer("Ana", "ana@client.example", setup.linkId(), UUID.randomUUID(), UUID.randomUUID()),
                setup.assetId())).isInstanceOf(ValidationException.class);
        ExternalReviewer ana = ExternalReviewer.throughLink("Ana", "ana@client.example", setup.linkId());
        Annotation annotation = annotations.create(ana, draft(setup.assetId(), "before"));
        Db.forceState(setup.projectId(), ProjectState.Completed);
        assertThatThrownBy(() -> annotations.create(ana, draft(setup.assetId(), "after")))
                .isInstanceOf(ReadOnlyException.class);
        assertThatThrownBy(() -> annotations.delete(ana, annotation.id)).isInstanceOf(StateRuleException.class);
        assertThat(annotations.list(ana, setup.assetId()).threads()).hasSize(1);
    }

    /** An annotation by the tenant's own user, through the API. */
    static final class QuarkusStaff {
        static Annotation annotate(Setup setup) {
            String id = setup.tenant().request()
                    .body(Map.of("assetUID", setup.assetId().toString(), "text", "staff", "shape",
                            Map.of("type", "point", "x", 0.1, "y", 0.1)))
                    .post("/api/v1/annotation").then().statusCode(200).extract().path("result.annotationUID");
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> Annotation.<Annotation> findById(UUID.fromString(id)));
        }
    }
}

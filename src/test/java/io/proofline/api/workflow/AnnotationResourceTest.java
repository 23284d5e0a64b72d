package io.proofline.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.proofline.annotation.Shape;
import io.proofline.event.Event;
import io.proofline.media.rendition.TestFiles;
import io.proofline.project.ProjectState;
import io.proofline.support.BadBodies;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class AnnotationResourceTest {

    static final String PATH = "/api/v1/annotation";

    /** A tenant with a processed image in a project. */
    record Setup(Tenant tenant, String projectId, String assetId) {
        Response post(Map<String, ?> body) {
            return tenant.request().body(body).post(PATH);
        }

        String annotate(Map<String, ?> shape) {
            return post(Map.of("assetUID", assetId, "page", 1, "text", "Fix this", "shape", shape)).then()
                    .statusCode(200).extract().path("result.annotationUID");
        }

        String reply(String parentId, String text) {
            return post(Map.of("assetUID", assetId, "text", text, "parentUID", parentId)).then().statusCode(200)
                    .extract().path("result.annotationUID");
        }

        Response list() {
            return tenant.request().queryParam("AssetUID", assetId).get(PATH);
        }
    }

    static Setup setup(byte[] file, String name) {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Annotations");
        String assetId = Uploads.upload(tenant, projectId, name, file);
        Uploads.processed(assetId);
        return new Setup(tenant, projectId, assetId);
    }

    static Setup image() {
        return setup(png(400, 200), "label.png");
    }

    static Map<String, Object> rect() {
        return Map.of("type", "rect", "x", 0.1, "y", 0.2, "w", 0.3, "h", 0.4);
    }

    static Stream<Map<String, Object>> everyShape() {
        return Stream.of(Map.of("type", "point", "x", 0.5, "y", 0.25), rect(),
                Map.of("type", "circle", "x", 0, "y", 0, "w", 1, "h", 1),
                Map.of("type", "arrow", "x", 0.9, "y", 0.8, "w", -0.5, "h", -0.6),
                Map.of("type", "line", "x1", 0, "y1", 1, "x2", 1, "y2", 0),
                Map.of("type", "freehand", "points", List.of(List.of(0.1, 0.1), List.of(0.2, 0.3), List.of(0.4, 0.2))));
    }

    @ParameterizedTest
    @MethodSource("everyShape")
    void an_annotation_of_every_shape_is_created_and_listed_with_every_field(Map<String, Object> shape) {
        Setup setup = image();
        String id = setup.annotate(shape);
        Response list = setup.list();
        list.then().statusCode(200).body("version", equalTo("1.0")).body("statusCode", equalTo(200))
                .body("message", equalTo("GET Request successful.")).body("result", hasSize(1))
                .body("result[0].annotationUID", equalTo(id)).body("result[0].assetUID", equalTo(setup.assetId))
                .body("result[0].page", equalTo(1)).body("result[0].text", equalTo("Fix this"))
                .body("result[0].parentUID", nullValue()).body("result[0].author.userUID", equalTo(setup.tenant.userId))
                .body("result[0].author.name", equalTo("Test User"))
                .body("result[0].author.email", equalTo(setup.tenant.email)).body("result[0].replies", hasSize(0));
        Map<String, Object> listed = list.jsonPath().getMap("result[0].shape");
        assertThat(listed.get("type")).isEqualTo(shape.get("type"));
        shape.forEach((key, value) -> {
            if (value instanceof Number number) {
                assertThat(((Number) listed.get(key)).doubleValue()).as(key).isCloseTo(number.doubleValue(),
                        within(1e-6));
            } else {
                assertThat(String.valueOf(listed.get(key))).as(key).isEqualTo(String.valueOf(value));
            }
        });
        assertThat(list.jsonPath().getString("result[0].created"))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.\\d{6}");
        assertThat(list.jsonPath().getString("result[0].updated"))
                .isEqualTo(list.jsonPath().getString("result[0].created"));
    }

    @Test
    void replies_are_listed_under_their_annotation_oldest_first_and_a_reply_counts_as_an_annotation_added() {
        Setup setup = image();
        String first = setup.annotate(rect());
        String second = setup.annotate(Map.of("type", "point", "x", 0.9, "y", 0.9));
        String reply1 = setup.reply(first, "Agreed");
        String reply2 = setup.reply(first, "Done");
        setup.list().then().body("result", hasSize(2)).body("result[0].annotationUID", equalTo(first))
                .body("result[1].annotationUID", equalTo(second)).body("result[0].replies", hasSize(2))
                .body("result[0].replies[0].annotationUID", equalTo(reply1))
                .body("result[0].replies[0].parentUID", equalTo(first)).body("result[0].replies[0].shape", nullValue())
                .body("result[0].replies[0].text", equalTo("Agreed"))
                .body("result[0].replies[1].annotationUID", equalTo(reply2)).body("result[1].replies", hasSize(0));
        List<Event> added = Db.events(setup.projectId).stream().filter(e -> e.type.equals("annotation.added")).toList();
        assertThat(added).hasSize(4);
        assertThat(added.get(2).data).contains("\"AnnotationUID\":\"" + reply1 + "\"")
                .contains("\"ParentUID\":\"" + first + "\"").contains("\"Text\":\"Agreed\"");
        assertThat(added.get(0).assetId.toString()).isEqualTo(setup.assetId);
        assertThat(added.get(0).actorId.toString()).isEqualTo(setup.tenant.userId);
    }

    @Test
    void a_reply_to_a_reply_a_reply_with_a_shape_and_a_reply_to_another_assets_annotation_are_400() {
        Setup setup = image();
        String root = setup.annotate(rect());
        String reply = setup.reply(root, "First");
        setup.post(Map.of("assetUID", setup.assetId, "text", "Nested", "parentUID", reply)).then().statusCode(400).body(
                "errors.parentUID[0]", equalTo("'parentUID' names a reply; reply to the annotation it belongs to."));
        setup.post(Map.of("assetUID", setup.assetId, "text", "Shaped", "parentUID", root, "shape", rect())).then()
                .statusCode(400).body("errors.shape[0]", equalTo("A reply has no shape."));
        String otherAsset = Uploads.upload(setup.tenant, setup.projectId, "other.png", png(10, 10));
        Uploads.processed(otherAsset);
        setup.post(Map.of("assetUID", otherAsset, "text", "Elsewhere", "parentUID", root)).then().statusCode(400)
                .body("errors.parentUID[0]", equalTo("'parentUID' must name an annotation of the same asset."));
        setup.post(Map.of("assetUID", setup.assetId, "text", "Bad", "parentUID", "nope")).then().statusCode(400)
                .body("errors.parentUID[0]", equalTo("'parentUID' is not a valid id."));
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(Arguments.of(Map.of("type", "point", "x", 1.01, "y", 0.5), "shape.x"),
                Arguments.of(Map.of("type", "point", "x", 0.5, "y", -0.01), "shape.y"),
                Arguments.of(Map.of("type", "rect", "x", 0.5, "y", 0.5, "w", 0.6, "h", 0.1), "shape.w"),
                Arguments.of(Map.of("type", "rect", "x", 0.5, "y", 0.5, "w", 0, "h", 0.1), "shape.w"),
                Arguments.of(Map.of("type", "circle", "x", 0.1, "y", 0.1, "w", 0.1, "h", 2), "shape.h"),
                Arguments.of(Map.of("type", "arrow", "x", 0.1, "y", 0.1, "w", -0.2, "h", 0.1), "shape.w"),
                Arguments.of(Map.of("type", "line", "x1", 0, "y1", 0, "x2", 1.5, "y2", 0), "shape.x2"),
                Arguments.of(Map.of("type", "freehand", "points", List.of(List.of(0.1, 0.1), List.of(0.2, 7))),
                        "shape.points[1]"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void coordinates_outside_the_page_are_400(Map<String, Object> shape, String field) {
        Setup setup = image();
        Response response = setup.post(Map.of("assetUID", setup.assetId, "text", "x", "shape", shape));
        response.then().statusCode(400).body("title", equalTo("One or more validation errors occurred."));
        assertThat(response.jsonPath().getMap("errors")).containsKey(field);
        setup.list().then().body("result", hasSize(0));
    }

    static Stream<Arguments> malformedShapes() {
        return Stream.of(Arguments.of("\"rect\"", "shape"), Arguments.of("{\"x\": 0.1}", "shape.type"),
                Arguments.of("{\"type\": \"square\", \"x\": 0.1}", "shape.type"),
                Arguments.of("{\"type\": \"point\", \"x\": \"0.1\", \"y\": 0.1}", "shape.x"),
                Arguments.of("{\"type\": \"point\", \"y\": 0.1}", "shape.x"),
                Arguments.of("{\"type\": \"rect\", \"x\": 0.1, \"y\": 0.1, \"w\": true, \"h\": 0.1}", "shape.w"),
                Arguments.of("{\"type\": \"freehand\", \"points\": [[0.1, 0.1]]}", "shape.points"),
                Arguments.of("{\"type\": \"freehand\", \"points\": [[0.1, 0.1], [0.2]]}", "shape.points[1]"),
                Arguments.of("{\"type\": \"freehand\", \"points\": \"0.1,0.1\"}", "shape.points"),
                Arguments.of("{\"type\": \"arrow\", \"x\": 0.1, \"y\": 0.1, \"w\": 0, \"h\": 0}", "shape"));
    }

    @ParameterizedTest
    @MethodSource("malformedShapes")
    void a_malformed_shape_is_400_naming_the_field(String shape, String field) {
        Setup setup = image();
        Response response = setup.tenant.request()
                .body("{\"assetUID\": \"" + setup.assetId + "\", \"text\": \"x\", \"shape\": " + shape + "}")
                .post(PATH);
        response.then().statusCode(400);
        assertThat(response.jsonPath().getMap("errors")).containsKey(field);
    }

    @Test
    void missing_fields_are_400_in_the_seed_shape() {
        Setup setup = image();
        setup.tenant.request().body("{}").post(PATH).then().statusCode(400)
                .body("errors.assetUID[0]", equalTo("'assetUID' must not be empty."))
                .body("errors.shape[0]", equalTo("'shape' must not be empty."));
        setup.post(Map.of("assetUID", setup.assetId, "shape", rect())).then().statusCode(400).body("errors.text[0]",
                equalTo("'text' must not be empty."));
        setup.tenant.request().get(PATH).then().statusCode(400).body("errors.AssetUID[0]",
                equalTo("'AssetUID' must not be empty."));
        setup.tenant.request().delete(PATH).then().statusCode(400).body("errors.AnnotationUID[0]",
                equalTo("'AnnotationUID' must not be empty."));
        setup.tenant.request().body("{\"text\": \"x\"}").put(PATH).then().statusCode(400)
                .body("errors.annotationUID[0]", equalTo("'annotationUID' must not be empty."));
        setup.post(Map.of("assetUID", setup.assetId, "text", "x".repeat(5001), "shape", rect())).then().statusCode(400)
                .body("errors.text[0]",
                        equalTo("The length of 'text' must be 5000 characters or fewer. You entered 5001 characters."));
    }

    @Test
    void bodies_that_are_not_a_json_object_and_wrong_types_are_4xx_never_500() {
        Setup setup = image();
        BadBodies.notAnObject().forEach(bad -> {
            Response post = setup.tenant.request().contentType(bad.contentType()).body(bad.body()).post(PATH);
            BadBodies.assertWorkflowClientError(post);
            Response put = setup.tenant.request().contentType(bad.contentType()).body(bad.body()).put(PATH);
            BadBodies.assertWorkflowClientError(put);
        });
        BadBodies.assertWrongTypesRefused(body -> setup.tenant.request().body(body).post(PATH),
                List.of("assetUID", "text", "parentUID", "annotationUID"), List.of());
        BadBodies.assertWrongTypesRefused(body -> setup.tenant.request().body(body).put(PATH),
                List.of("annotationUID", "text"), List.of());
        for (String page : List.of("\"1\"", "1.5", "true", "[1]", "{}")) {
            Response response = setup.tenant.request()
                    .body("{\"assetUID\": \"" + setup.assetId + "\", \"text\": \"x\", \"page\": " + page
                            + ", \"shape\": {\"type\": \"point\", \"x\": 0.1, \"y\": 0.1}}")
                    .post(PATH);
            assertThat(response.statusCode()).as(page).isEqualTo(400);
            assertThat(response.jsonPath().getMap("errors")).as(page).containsKey("page");
        }
    }

    @Test
    void a_page_beyond_the_pdfs_page_count_or_below_one_is_400_and_an_image_has_one_page() throws IOException {
        Setup pdf = setup(TestFiles.pdf(3, 300, 200), "carton.pdf");
        pdf.post(Map.of("assetUID", pdf.assetId, "page", 3, "text", "last page", "shape", rect())).then()
                .statusCode(200);
        pdf.post(Map.of("assetUID", pdf.assetId, "page", 4, "text", "x", "shape", rect())).then().statusCode(400)
                .body("errors.page[0]", equalTo("'page' must be between 1 and 3, the asset's page count."));
        pdf.post(Map.of("assetUID", pdf.assetId, "page", 0, "text", "x", "shape", rect())).then().statusCode(400)
                .body("errors.page[0]", equalTo("'page' must be 1 or more."));
        Setup image = image();
        image.post(Map.of("assetUID", image.assetId, "page", 2, "text", "x", "shape", rect())).then().statusCode(400);
        image.post(Map.of("assetUID", image.assetId, "text", "no page given", "shape", rect())).then().statusCode(200);
        image.list().then().body("result[0].page", equalTo(1));
    }

    @Test
    void the_author_edits_text_and_shape_and_the_edit_is_recorded() {
        Setup setup = image();
        String id = setup.annotate(rect());
        setup.tenant.request().body(Map.of("annotationUID", id, "text", "Make it bigger")).put(PATH).then()
                .statusCode(200).body("message", equalTo("PUT Request successful."))
                .body("result.annotationUID", equalTo(id)).body("result.text", equalTo("Make it bigger"))
                .body("result.shape.type", equalTo("rect")).body("result.author.userUID", equalTo(setup.tenant.userId));
        setup.tenant.request().queryParam("AnnotationUID", id)
                .body(Map.of("shape", Map.of("type", "circle", "x", 0.2, "y", 0.2, "w", 0.1, "h", 0.1))).put(PATH)
                .then().statusCode(200);
        Response list = setup.list();
        list.then().body("result[0].text", equalTo("Make it bigger")).body("result[0].shape.type", equalTo("circle"));
        assertThat(list.jsonPath().getString("result[0].updated"))
                .isGreaterThan(list.jsonPath().getString("result[0].created"));
        assertThat(Db.events(setup.projectId).stream().filter(e -> e.type.equals("annotation.edited"))).hasSize(2);
        setup.tenant.request().body(Map.of("annotationUID", id)).put(PATH).then().statusCode(400);
        setup.tenant.request().body(Map.of("annotationUID", id, "text", " ")).put(PATH).then().statusCode(400)
                .body("errors.text[0]", equalTo("'text' must not be empty."));
        String reply = setup.reply(id, "ok");
        setup.tenant.request().body(Map.of("annotationUID", reply, "shape", rect())).put(PATH).then().statusCode(400)
                .body("errors.shape[0]", equalTo("A reply has no shape."));
    }

    @Test
    void a_freehand_stroke_of_the_most_points_at_full_precision_is_kept_and_edited() {
        Setup setup = image();
        List<List<Double>> points = new java.util.ArrayList<>();
        for (int i = 0; i < Shape.MAX_POINTS; i++) {
            points.add(List.of(0.123456789012345 + i * 1e-6, 0.987654321098765 - i * 1e-6));
        }
        String id = setup.annotate(Map.of("type", "freehand", "points", points));
        setup.tenant.request()
                .body(Map.of("annotationUID", id, "shape",
                        Map.of("type", "freehand", "points", points.subList(0, Shape.MAX_POINTS - 1))))
                .put(PATH).then().statusCode(200);
        setup.list().then().statusCode(200).body("result[0].shape.points.size()", equalTo(Shape.MAX_POINTS - 1));
    }

    @Test
    void text_with_half_a_surrogate_pair_is_400() {
        Setup setup = image();
        setup.post(Map.of("assetUID", setup.assetId(), "text", "broken \ud800 text", "shape", rect())).then()
                .statusCode(400).body("errors.text[0]", org.hamcrest.Matchers.containsString("valid Unicode"));
        setup.post(Map.of("assetUID", setup.assetId(), "text", "a whole pair: \ud83d\ude00", "shape", rect())).then()
                .statusCode(200);
    }

    @Test
    void only_the_author_edits_or_deletes_with_the_seeds_message() {
        Setup setup = image();
        String id = setup.annotate(rect());
        Tenant colleague = setup.tenant.anotherMember();
        // a plain member sees the project once made one of its owners
        setup.tenant.request().body(Map.of("projectUID", setup.projectId, "projectName", "Annotations",
                "projectOwnersUIDS", List.of(setup.tenant.userId, colleague.userId))).put("/api/v1/project").then()
                .statusCode(200);
        colleague.request().queryParam("AssetUID", setup.assetId).get(PATH).then().statusCode(200).body("result",
                hasSize(1));
        colleague.request().queryParam("AnnotationUID", id).delete(PATH).then().statusCode(412)
                .body("version", equalTo("1.0")).body("statusCode", equalTo(412))
                .body("message", equalTo("You can delete only your annotation."));
        colleague.request().body(Map.of("annotationUID", id, "text", "mine now")).put(PATH).then().statusCode(412)
                .body("message", equalTo("You can edit only your annotation."));
        String reply = colleague.request()
                .body(Map.of("assetUID", setup.assetId, "text", "colleague's reply", "parentUID", id)).post(PATH).then()
                .statusCode(200).extract().path("result.annotationUID");
        setup.tenant.request().queryParam("AnnotationUID", reply).delete(PATH).then().statusCode(412);
        setup.list().then().body("result[0].text", equalTo("Fix this")).body("result[0].replies", hasSize(1));
    }

    @Test
    void deleting_an_annotation_deletes_its_replies_and_unknown_ids_are_404() {
        Setup setup = image();
        String id = setup.annotate(rect());
        String reply = setup.reply(id, "reply");
        String other = setup.annotate(Map.of("type", "point", "x", 0.1, "y", 0.1));
        setup.tenant.request().queryParam("AnnotationUID", id).delete(PATH).then().statusCode(200).body("message",
                equalTo("DELETE Request successful."));
        setup.list().then().body("result", hasSize(1)).body("result[0].annotationUID", equalTo(other));
        setup.tenant.request().queryParam("AnnotationUID", reply).delete(PATH).then().statusCode(404).body("message",
                equalTo("Annotation not found."));
        setup.tenant.request().queryParam("AnnotationUID", id).delete(PATH).then().statusCode(404)
                .body("statusCode", equalTo(404)).body("message", equalTo("Annotation not found."));
        setup.tenant.request().queryParam("AnnotationUID", "not-an-id").delete(PATH).then().statusCode(404)
                .body("message", equalTo("Annotation not found."));
        setup.tenant.request().body(Map.of("annotationUID", id, "text", "x")).put(PATH).then().statusCode(404)
                .body("message", equalTo("Annotation not found."));
        setup.tenant.request().queryParam("AssetUID", "00000000-0000-0000-0000-000000000000").get(PATH).then()
                .statusCode(404).body("message", equalTo("Asset not found."));
        setup.post(Map.of("assetUID", "00000000-0000-0000-0000-000000000000", "text", "x", "shape", rect())).then()
                .statusCode(404).body("message", equalTo("Asset not found."));
        Event deleted = Db.events(setup.projectId).stream().filter(e -> e.type.equals("annotation.deleted")).findFirst()
                .orElseThrow();
        assertThat(deleted.data).contains("\"AnnotationUID\":\"" + id + "\"");
    }

    @Test
    void another_tenants_assets_and_annotations_are_404() {
        Setup setup = image();
        String id = setup.annotate(rect());
        Tenant stranger = Tenant.create();
        stranger.request().queryParam("AssetUID", setup.assetId).get(PATH).then().statusCode(404).body("message",
                equalTo("Asset not found."));
        stranger.request().queryParam("AssetUID", setup.assetId).get(PATH + "/w3c").then().statusCode(404);
        stranger.request().get(PATH + "/w3c/" + id).then().statusCode(404).body("message",
                equalTo("Annotation not found."));
        stranger.request().body(Map.of("assetUID", setup.assetId, "text", "x", "shape", rect())).post(PATH).then()
                .statusCode(404).body("message", equalTo("Asset not found."));
        stranger.request().body(Map.of("assetUID", setup.assetId, "text", "x", "parentUID", id)).post(PATH).then()
                .statusCode(404);
        stranger.request().body(Map.of("annotationUID", id, "text", "x")).put(PATH).then().statusCode(404)
                .body("message", equalTo("Annotation not found."));
        stranger.request().queryParam("AnnotationUID", id).delete(PATH).then().statusCode(404).body("message",
                equalTo("Annotation not found."));
        setup.list().then().body("result", hasSize(1)).body("result[0].text", equalTo("Fix this"));
    }

    @Test
    void a_completed_project_keeps_its_annotations_readable_but_refuses_changes_with_406() {
        Setup setup = image();
        String id = setup.annotate(rect());
        Db.forceState(setup.projectId, ProjectState.Completed);
        setup.list().then().statusCode(200).body("result", hasSize(1));
        setup.post(Map.of("assetUID", setup.assetId, "text", "late", "shape", rect())).then().statusCode(406)
                .body("statusCode", equalTo(406)).body("message",
                        equalTo("Annotations can be added, edited or deleted only when the project is Active or OnHold."
                                + " Completed, Archived or InTransit projects are read-only."));
        setup.post(Map.of("assetUID", setup.assetId, "text", "late", "parentUID", id)).then().statusCode(406);
        setup.tenant.request().body(Map.of("annotationUID", id, "text", "late")).put(PATH).then().statusCode(406);
        setup.tenant.request().queryParam("AnnotationUID", id).delete(PATH).then().statusCode(406);
        Db.forceState(setup.projectId, ProjectState.Archived);
        setup.post(Map.of("assetUID", setup.assetId, "text", "late", "shape", rect())).then().statusCode(406);
        setup.list().then().statusCode(200).body("result[0].text", equalTo("Fix this"));
    }

    @Test
    void folders_cannot_be_annotated() {
        Setup setup = image();
        String root = Db.project(setup.projectId).rootAssetId.toString();
        setup.post(Map.of("assetUID", root, "text", "x", "shape", rect())).then().statusCode(400)
                .body("errors.assetUID[0]", equalTo("Only a file can be annotated; a folder cannot."));
    }

    static byte[] png(int width, int height) {
        try {
            return TestFiles.png(width, height);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.proofline.api.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.annotation.Annotation;
import io.proofline.annotation.AnnotationService;
import io.proofline.event.Event;
import io.proofline.media.rendition.TestFiles;
import io.proofline.review.ExternalReviewer;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.support.Uploads;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Frame.io's comments on /v2, mapped onto annotations. */
@QuarkusTest
class CommentsResourceTest {

    @Inject
    AnnotationService annotations;

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RECT = "[{\"tool\":\"rect\",\"color\":\"#E74A3C\",\"size\":3,\"x\":0.1,\"y\":0.2,\"w\":0.3,"
            + "\"h\":0.4}]";

    /** A tenant with a processed image in a project. */
    private record Setup(Tenant tenant, String projectId, String assetId) {
        Response post(Map<String, ?> body) {
            return tenant.request().body(body).post("/v2/assets/" + assetId + "/comments");
        }

        String comment(String text) {
            return post(Map.of("text", text)).then().statusCode(201).extract().path("id");
        }

        String reply(String commentId, String text) {
            return tenant.request().body(Map.of("text", text)).post("/v2/comments/" + commentId + "/replies").then()
                    .statusCode(201).extract().path("id");
        }

        Response list() {
            return tenant.request().body("{}").get("/v2/assets/" + assetId + "/comments");
        }
    }

    private static Setup image() {
        return setup(png(), "label.png");
    }

    private static Setup setup(byte[] file, String name) {
        Tenant tenant = Tenant.create();
        String projectId = tenant.createProject("Comments");
        String assetId = Uploads.upload(tenant, projectId, name, file);
        Uploads.processed(assetId);
        return new Setup(tenant, projectId, assetId);
    }

    private static byte[] png() {
        try {
            return TestFiles.png(400, 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Test
    void a_comment_with_a_drawing_is_created_as_the_sdk_sends_it_and_read_back_with_every_field() throws IOException {
        Setup setup = image();
        // frameioclient's comments.create sends text, annotation and timestamp, the unused ones as null
        Response created = setup.post(body("text", "Logo too small", "annotation", RECT, "timestamp", null));
        created.then().statusCode(201).body("_type", equalTo("comment")).body("asset_id", equalTo(setup.assetId))
                .body("parent_id", nullValue()).body("text", equalTo("Logo too small")).body("page", equalTo(1))
                .body("$", hasKey("timestamp")).body("timestamp", nullValue())
                .body("owner_id", equalTo(setup.tenant.userId)).body("owner.id", equalTo(setup.tenant.userId))
                .body("owner._type", equalTo("user")).body("owner.name", equalTo("Test User"))
                .body("owner.email", equalTo(setup.tenant.email)).body("has_replies", equalTo(false))
                .body("reply_count", equalTo(0)).body("completed", equalTo(false)).body("inserted_at", notNullValue())
                .body("updated_at", notNullValue());
        String id = created.path("id");
        JsonNode drawing = JSON.readTree(created.jsonPath().getString("annotation"));
        assertThat(drawing).hasSize(1);
        assertThat(drawing.get(0).get("tool").asText()).isEqualTo("rect");
        assertThat(drawing.get(0).get("x").asDouble()).isCloseTo(0.1, within(1e-9));
        assertThat(drawing.get(0).get("h").asDouble()).isCloseTo(0.4, within(1e-9));

        setup.tenant.request().body("{}").get("/v2/comments/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("text", equalTo("Logo too small")).body("annotation", equalTo(created.path("annotation")));
        // the same annotation on the workflow face, with the drawing as its shape
        setup.tenant.request().queryParam("AssetUID", setup.assetId).get("/api/v1/annotation").then().statusCode(200)
                .body("result", hasSize(1)).body("result[0].annotationUID", equalTo(id))
                .body("result[0].shape.type", equalTo("rect")).body("result[0].text", equalTo("Logo too small"));
        Event added = Db.events(setup.projectId).stream().filter(e -> e.type.equals("annotation.added")).findFirst()
                .orElseThrow();
        assertThat(added.data).contains(id).contains("Logo too small");
    }

    @Test
    void every_drawing_tool_maps_onto_its_shape_and_back() throws IOException {
        Setup setup = image();
        List<String> drawings = List.of("{\"tool\":\"arrow\",\"x\":0.9,\"y\":0.8,\"w\":-0.5,\"h\":-0.6}",
                "{\"tool\":\"line\",\"x1\":0.0,\"y1\":1.0,\"x2\":1.0,\"y2\":0.0}",
                "{\"tool\":\"point\",\"x\":0.5,\"y\":0.5}",
                "{\"tool\":\"circle\",\"x\":0.0,\"y\":0.0,\"w\":1.0,\"h\":1.0}",
                "{\"tool\":\"freehand\",\"points\":[[0.1,0.1],[0.2,0.3]]}");
        for (String drawing : drawings) {
            String annotation = setup.post(body("text", "x", "annotation", "[" + drawing + "]")).then().statusCode(201)
                    .extract().path("annotation");
            assertThat(JSON.readTree(annotation)).isEqualTo(JSON.readTree("[" + drawing + "]").deepCopy()).as(drawing);
        }
        // a single object without the array is taken too
        setup.post(body("text", "x", "annotation", "{\"tool\":\"point\",\"x\":0.1,\"y\":0.1}")).then().statusCode(201);
    }

    @Test
    void a_comment_without_a_drawing_is_on_the_whole_page_and_shows_on_the_workflow_face_without_a_shape()
            throws IOException {
        Setup setup = setup(TestFiles.pdf(3, 300, 200), "carton.pdf");
        String id = setup.post(body("text", "Whole page", "page", 2, "annotation", "[]")).then().statusCode(201)
                .body("annotation", nullValue()).body("page", equalTo(2)).extract().path("id");
        setup.tenant.request().queryParam("AssetUID", setup.assetId).get("/api/v1/annotation").then().statusCode(200)
                .body("result", hasSize(1)).body("result[0].annotationUID", equalTo(id))
                .body("result[0].shape", nullValue()).body("result[0].page", equalTo(2));
        // the workflow face may give it a shape later; /v2 may take it away again
        setup.tenant.request().body(Map.of("annotationUID", id, "shape", Map.of("type", "point", "x", 0.5, "y", 0.5)))
                .put("/api/v1/annotation").then().statusCode(200).body("result.shape.type", equalTo("point"));
        setup.tenant.request().body(body("annotation", "[]")).put("/v2/comments/" + id).then().statusCode(200)
                .body("annotation", nullValue()).body("text", equalTo("Whole page"));
        setup.post(body("text", "Page 4", "page", 4)).then().statusCode(422);
    }

    @Test
    void replies_are_listed_flat_after_their_comment_and_under_it_with_counts() {
        Setup setup = image();
        String first = setup.comment("First");
        String second = setup.comment("Second");
        String reply1 = setup.reply(first, "Agreed");
        String reply2 = setup.reply(first, "Done");
        setup.tenant.request().body("{}").get("/v2/comments/" + reply1).then().statusCode(200)
                .body("parent_id", equalTo(first)).body("annotation", nullValue());
        setup.list().then().statusCode(200).body("id", contains(first, reply1, reply2, second))
                .body("[0].has_replies", equalTo(true)).body("[0].reply_count", equalTo(2))
                .body("[1].parent_id", equalTo(first)).body("[3].has_replies", equalTo(false));
        setup.tenant.request().get("/v2/comments/" + first + "/replies").then().statusCode(200)
                .body("id", contains(reply1, reply2)).body("[0].text", equalTo("Agreed")).header("total", equalTo("2"));
        setup.tenant.request().get("/v2/comments/" + reply1 + "/replies").then().statusCode(200).body("$", hasSize(0));
        setup.tenant.request().get("/v2/comments/" + first).then().body("has_replies", equalTo(true))
                .body("reply_count", equalTo(2));
        // one level deep: a reply to a reply, or a reply with a drawing, is invalid
        setup.tenant.request().body(Map.of("text", "deeper")).post("/v2/comments/" + reply1 + "/replies").then()
                .statusCode(422).body("code", equalTo(422))
                .body("errors[0].detail", equalTo("This comment is a reply; reply to the comment it answers."));
        setup.tenant.request().body(Map.of("text", "drawn", "annotation", RECT))
                .post("/v2/comments/" + first + "/replies").then().statusCode(422)
                .body("errors[0].detail", equalTo("A reply has no drawing: leave 'annotation' out."));
        // the messages name this face's fields, not the workflow face's
        setup.tenant.request().body("{}").put("/v2/comments/" + first).then().statusCode(422).body("errors[0].detail",
                equalTo("Send 'text', 'annotation' or both."));
        assertThat(Db.events(setup.projectId).stream().filter(e -> e.type.equals("annotation.added"))).hasSize(4);
    }

    @Test
    void lists_are_paged_with_the_headers_frameios_client_reads_and_parameters_from_the_get_body() {
        Setup setup = image();
        String a = setup.comment("a");
        String b = setup.comment("b");
        String c = setup.comment("c");
        setup.tenant.request().queryParam("page", 1).queryParam("page_size", 2)
                .get("/v2/assets/" + setup.assetId + "/comments").then().statusCode(200).body("id", contains(a, b))
                .header("page-number", "1").header("per-page", "2").header("total", "3").header("total-pages", "2");
        // the SDK puts page and page_size in the JSON body of the GET
        setup.tenant.request().body(Map.of("page", 2, "page_size", 2)).get("/v2/assets/" + setup.assetId + "/comments")
                .then().statusCode(200).body("id", contains(c)).header("page-number", "2").header("total", "3");
        setup.tenant.request().queryParam("page_size", 0).get("/v2/assets/" + setup.assetId + "/comments").then()
                .statusCode(422);
    }

    @Test
    void the_author_edits_by_put_or_by_post_as_the_sdk_does_and_deletes_with_a_json_answer() {
        Setup setup = image();
        String id = setup.post(body("text", "Before", "annotation", RECT)).then().statusCode(201).extract().path("id");
        String reply = setup.reply(id, "A reply");
        setup.tenant.request().body(body("text", "After", "annotation", null, "timestamp", null))
                .post("/v2/comments/" + id).then().statusCode(200).body("text", equalTo("After"))
                .body("annotation", notNullValue()).body("reply_count", equalTo(1));
        setup.tenant.request().body(body("annotation", "[{\"tool\":\"point\",\"x\":0.25,\"y\":0.75}]"))
                .put("/v2/comments/" + id).then().statusCode(200).body("text", equalTo("After"))
                .body("annotation", equalTo("[{\"tool\":\"point\",\"x\":0.25,\"y\":0.75}]"));
        setup.tenant.request().body("{}").put("/v2/comments/" + id).then().statusCode(422);

        setup.tenant.request().delete("/v2/comments/" + id).then().statusCode(200).body("id", equalTo(id)).body("text",
                equalTo("After"));
        setup.tenant.request().get("/v2/comments/" + id).then().statusCode(404).body("code", equalTo(404))
                .body("message", equalTo("Not Found")).body("errors[0].detail", equalTo("Annotation not found."));
        setup.tenant.request().get("/v2/comments/" + reply).then().statusCode(404);
        setup.list().then().statusCode(200).body("$", hasSize(0)).header("total", "0");
        List<String> types = Db.events(setup.projectId).stream().map(e -> e.type)
                .filter(type -> type.startsWith("annotation.")).toList();
        assertThat(types).containsExactly("annotation.added", "annotation.added", "annotation.edited",
                "annotation.edited", "annotation.deleted");
    }

    @Test
    void only_the_author_edits_or_deletes_others_get_403_and_may_reply() {
        Setup setup = image();
        String id = setup.comment("Mine");
        Tenant colleague = setup.tenant.anotherMember();
        setup.tenant.request().body(Map.of("projectUID", setup.projectId, "projectName", "Comments",
                "projectOwnersUIDS", List.of(setup.tenant.userId, colleague.userId))).put("/api/v1/project").then()
                .statusCode(200);
        colleague.request().get("/v2/comments/" + id).then().statusCode(200);
        colleague.request().body(Map.of("text", "mine now")).put("/v2/comments/" + id).then().statusCode(403)
                .body("code", equalTo(403)).body("message", equalTo("Forbidden"))
                .body("errors[0].detail", equalTo("You can edit only your annotation."));
        colleague.request().body(Map.of("text", "mine now")).post("/v2/comments/" + id).then().statusCode(403);
        colleague.request().delete("/v2/comments/" + id).then().statusCode(403).body("errors[0].detail",
                equalTo("You can delete only your annotation."));
        String reply = colleague.request().body(Map.of("text", "colleague's reply"))
                .post("/v2/comments/" + id + "/replies").then().statusCode(201)
                .body("owner_id", equalTo(colleague.userId)).extract().path("id");
        setup.tenant.request().delete("/v2/comments/" + reply).then().statusCode(403);
        setup.tenant.request().get("/v2/comments/" + id).then().body("text", equalTo("Mine")).body("reply_count",
                equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "{}", "{\"text\": \"\"}", "{\"text\": 5}", "{\"text\": [\"a\"]}",
            "{\"text\": \"x\", \"page\": \"two\"}", "{\"text\": \"x\", \"page\": 1.5}",
            "{\"text\": \"x\", \"page\": 0}", "{\"text\": \"x\", \"timestamp\": 12}",
            "{\"text\": \"x\", \"annotation\": 5}", "{\"text\": \"x\", \"annotation\": \"not json\"}",
            "{\"text\": \"x\", \"annotation\": \"[1]\"}",
            "{\"text\": \"x\", \"annotation\": \"[{\\\"tool\\\":\\\"pen\\\"}]\"}",
            "{\"text\": \"x\", \"annotation\": \"[{\\\"tool\\\":\\\"rect\\\",\\\"x\\\":0.9,\\\"y\\\":0,\\\"w\\\":0.5,\\\"h\\\":0.1}]\"}",
            "{\"text\": \"x\", \"annotation\": \"[{\\\"tool\\\":\\\"point\\\",\\\"x\\\":\\\"a\\\",\\\"y\\\":0}]\"}",
            "{\"text\": \"x\", \"annotation\": \"[{\\\"tool\\\":\\\"point\\\",\\\"x\\\":0,\\\"y\\\":0},{\\\"tool\\\":\\\"point\\\",\\\"x\\\":1,\\\"y\\\":1}]\"}",
            "[]", "\"text\"", "{\"text\": " })
    void invalid_arguments_are_422_in_frameios_error_shape(String body) {
        Setup setup = image();
        setup.tenant.request().body(body).post("/v2/assets/" + setup.assetId + "/comments").then().statusCode(422)
                .body("code", equalTo(422)).body("message", equalTo("Invalid arguments"))
                .body("errors[0].status", equalTo(422)).body("errors[0].detail", notNullValue());
        setup.list().then().body("$", hasSize(0));
    }

    @Test
    void text_longer_than_5000_characters_is_422_and_5000_are_kept_literally() {
        Setup setup = image();
        setup.post(Map.of("text", "x".repeat(5001))).then().statusCode(422).body("errors[0].detail",
                equalTo("The length of 'text' must be 5000 characters or fewer. You entered 5001 characters."));
        String literal = "<script>alert(1)</script>" + "y".repeat(4975);
        String id = setup.comment(literal);
        setup.tenant.request().get("/v2/comments/" + id).then().body("text", equalTo(literal));
        setup.tenant.request().body(Map.of("text", "z".repeat(5001))).put("/v2/comments/" + id).then().statusCode(422);
    }

    @Test
    void unknown_and_another_accounts_assets_and_comments_are_404() {
        Setup setup = image();
        String id = setup.comment("Private");
        String reply = setup.reply(id, "Also private");
        Tenant stranger = Tenant.create();
        String assets = "/v2/assets/" + setup.assetId + "/comments";
        stranger.request().body("{}").get(assets).then().statusCode(404).body("errors[0].detail",
                equalTo("Asset not found."));
        stranger.request().body(Map.of("text", "x")).post(assets).then().statusCode(404);
        for (String comment : List.of(id, reply)) {
            stranger.request().get("/v2/comments/" + comment).then().statusCode(404).body("errors[0].detail",
                    equalTo("Annotation not found."));
            stranger.request().body(Map.of("text", "x")).put("/v2/comments/" + comment).then().statusCode(404);
            stranger.request().body(Map.of("text", "x")).post("/v2/comments/" + comment).then().statusCode(404);
            stranger.request().delete("/v2/comments/" + comment).then().statusCode(404);
            stranger.request().get("/v2/comments/" + comment + "/replies").then().statusCode(404);
            stranger.request().body(Map.of("text", "x")).post("/v2/comments/" + comment + "/replies").then()
                    .statusCode(404);
        }
        String unknown = UUID.randomUUID().toString();
        setup.tenant.request().get("/v2/assets/" + unknown + "/comments").then().statusCode(404);
        setup.tenant.request().get("/v2/assets/not-an-id/comments").then().statusCode(404);
        setup.tenant.request().get("/v2/comments/" + unknown).then().statusCode(404);
        setup.tenant.request().get("/v2/comments/not-an-id").then().statusCode(404);
        // a project id is not an asset id
        setup.tenant.request().get("/v2/assets/" + setup.projectId + "/comments").then().statusCode(404);
        setup.list().then().body("id", contains(id, reply)).body("[0].text", equalTo("Private"));
    }

    @Test
    void an_external_reviewers_reply_has_an_anonymous_owner_and_staff_cannot_change_it() {
        Setup setup = image();
        String id = setup.comment("Staff asks");
        String linkId = setup.tenant.request().body(Map.of("name", "For the client"))
                .post("/v2/projects/" + setup.projectId + "/review_links").then().statusCode(201).extract().path("id");
        setup.tenant.request().body(Map.of("asset_ids", List.of(setup.assetId)))
                .post("/v2/review_links/" + linkId + "/assets").then().statusCode(200);
        Annotation reply = annotations.create(
                ExternalReviewer.throughLink("Ana Client", "ana@client.example", UUID.fromString(linkId)),
                new AnnotationService.Draft(UUID.fromString(setup.assetId), null, "Client answers", UUID.fromString(id),
                        null));
        setup.tenant.request().get("/v2/comments/" + reply.id).then().statusCode(200).body("owner_id", nullValue())
                .body("owner.id", nullValue()).body("owner._type", equalTo("anonymous_user"))
                .body("owner.name", equalTo("Ana Client")).body("owner.email", equalTo("ana@client.example"))
                .body("parent_id", equalTo(id));
        setup.tenant.request().delete("/v2/comments/" + reply.id).then().statusCode(403);
    }

    @Test
    void a_folder_takes_no_comments_and_a_bad_token_is_401() {
        Setup setup = image();
        String root = Tree.root(setup.tenant, setup.projectId);
        setup.tenant.request().body(Map.of("text", "x")).post("/v2/assets/" + root + "/comments").then()
                .statusCode(422);
        io.restassured.RestAssured.given().auth().oauth2("nope").get("/v2/assets/" + setup.assetId + "/comments").then()
                .statusCode(401);
    }
}

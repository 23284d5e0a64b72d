package io.proofline.api.tree;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.asset.AssetType;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** GET parameters sent in a JSON body, as Frame.io's Python client sends them. */
@QuarkusTest
class GetBodyParametersTest {

    @Inject
    TreeFixtures fixtures;

    @Test
    void a_get_takes_page_page_size_and_type_from_a_json_body() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        for (int i = 1; i <= 3; i++) {
            Tree.folder(tenant, root, "Folder " + i);
        }
        fixtures.addChild(root, AssetType.file, "art.pdf");
        String children = "/v2/assets/" + root + "/children";
        tenant.request().body(Map.of("page", 2, "page_size", 2, "type", "folder")).get(children).then().statusCode(200)
                .header("page-number", "2").header("per-page", "2").header("total", "3")
                .body("name", contains("Folder 3"));
        tenant.request().body(Map.of("page", "1", "page_size", "3")).get(children).then().statusCode(200)
                .header("per-page", "3");
        tenant.request().body("{}").get(children).then().statusCode(200).header("total", "4");
    }

    @Test
    void the_query_string_wins_over_the_body() {
        Tenant tenant = Tenant.create();
        String root = Tree.rootOfNewProject(tenant);
        for (int i = 1; i <= 3; i++) {
            Tree.folder(tenant, root, "Folder " + i);
        }
        tenant.request().queryParam("page", 1).body(Map.of("page", 2, "page_size", 2))
                .get("/v2/assets/" + root + "/children").then().statusCode(200).header("page-number", "1")
                .header("per-page", "2").body("name", contains("Folder 1", "Folder 2"));
    }

    @Test
    void body_values_are_validated_like_query_values() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        tenant.request().body(Map.of("page", 0)).get(children).then().statusCode(422);
        tenant.request().body(Map.of("page_size", 2.5)).get(children).then().statusCode(422);
        tenant.request().body(Map.of("type", "folders")).get(children).then().statusCode(422);
        tenant.request().body(Map.of("page", true)).get(children).then().statusCode(422);
    }

    @Test
    void nested_objects_and_nulls_are_ignored_and_arrays_join_with_commas() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        Map<String, Object> body = new HashMap<>();
        body.put("filter", Map.of("project_id", Map.of("op", "eq")));
        body.put("include", List.of("children", "cover_asset"));
        body.put("page_size", null);
        body.put("type", "folder");
        tenant.request().body(body).get(children).then().statusCode(200).header("per-page", "50");
    }

    @Test
    void a_malformed_or_non_object_json_body_is_422_not_500() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        tenant.request().body("{not json").get(children).then().statusCode(422).body("code", equalTo(422))
                .body("errors[0].detail", equalTo("The request body is not valid JSON."));
        tenant.request().body("[1, 2]").get(children).then().statusCode(422);
        tenant.request().body("\"page\"").get(children).then().statusCode(422);
        tenant.request().body("{\"page\": 2} trailing").get(children).then().statusCode(422);
        tenant.request().body("{\"page\": \"" + "9".repeat(70_000) + "\"}").get(children).then().statusCode(422);
    }

    @Test
    void a_long_chunked_body_is_refused_without_being_read_whole() throws Exception {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        // no Content-Length: the filter must stop counting at its cap, not buffer what comes
        byte[] chunk = ("{\"page\": \"" + "9".repeat(60_000)).getBytes(StandardCharsets.US_ASCII);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + children))
                .header("Authorization", "Bearer " + tenant.token).header("Content-Type", "application/json")
                .method("GET",
                        HttpRequest.BodyPublishers
                                .ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(chunk),
                                        new ByteArrayInputStream(new byte[4 * 1024 * 1024]))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("The request body of a GET must be a small JSON object.");
    }

    @Test
    void a_body_with_another_content_type_or_a_json_null_is_ignored() {
        Tenant tenant = Tenant.create();
        String children = "/v2/assets/" + Tree.rootOfNewProject(tenant) + "/children";
        given().auth().oauth2(tenant.token).contentType(ContentType.TEXT).body("page=2").get(children).then()
                .statusCode(200).header("page-number", "1");
        given().auth().oauth2(tenant.token).contentType(ContentType.JSON).body("null").get(children).then()
                .statusCode(200);
        given().auth().oauth2(tenant.token).contentType(ContentType.JSON).body("   ").get(children).then()
                .statusCode(200);
    }

    @Test
    void other_faces_and_other_methods_are_left_alone() {
        Tenant tenant = Tenant.create();
        // /api/v1 reads its own query parameters; a body on its GET changes nothing
        tenant.request().body(Map.of("ProjectUID", "not-an-id")).get("/api/v1/project").then().statusCode(200);
        String root = Tree.rootOfNewProject(tenant);
        // a POST body is the entity, not parameters
        tenant.request().body(Map.of("name", "Folder", "type", "folder", "page", 3))
                .post("/v2/assets/" + root + "/children").then().statusCode(201);
    }
}

package io.proofline.api.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

/** The served API document (/q/openapi), as Swagger UI reads it. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** Operations that take no credential: the login, and the media links whose signed query is the credential. */
    private static boolean isPublic(String method, String path) {
        return (method.equals("post") && path.equals("/api/v1/token/login")) || path.startsWith("/media/");
    }

    record Operation(String method, String path, Map<String, Object> body) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void both_credentials_are_security_schemes() {
        Map<String, Object> schemes = map(map(document(), "components"), "securitySchemes");
        assertThat(map(schemes, OpenApiDefinition.BEARER)).containsEntry("type", "http")
                .containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(map(schemes, OpenApiDefinition.API_KEY)).containsEntry("type", "apiKey")
                .containsEntry("in", "header").containsEntry("name", "X-API-KEY");
    }

    @Test
    void every_security_requirement_names_a_defined_scheme() {
        Map<String, Object> document = document();
        Set<String> defined = map(map(document, "components"), "securitySchemes").keySet();
        List<Map<String, Object>> requirements = new ArrayList<>(security(document));
        operations(document).forEach(operation -> requirements.addAll(security(operation.body())));
        assertThat(requirements).isNotEmpty();
        requirements.forEach(requirement -> assertThat(defined).containsAll(requirement.keySet()));
    }

    @Test
    void every_api_operation_takes_the_token_or_the_api_key() {
        List<Map<String, Object>> either = List.of(Map.of(OpenApiDefinition.BEARER, List.of()),
                Map.of(OpenApiDefinition.API_KEY, List.of()));
        Map<String, Object> document = document();
        assertThat(security(document)).isEmpty();
        operations(document).stream().filter(operation -> !isPublic(operation.method(), operation.path()))
                .forEach(operation -> assertThat(security(operation.body())).as(operation.toString())
                        .containsExactlyInAnyOrderElementsOf(either));
    }

    @Test
    void the_login_and_the_signed_media_links_need_no_credential() {
        List<Operation> open = operations(document()).stream()
                .filter(operation -> isPublic(operation.method(), operation.path())).toList();
        assertThat(open).extracting(Operation::toString).contains("POST /api/v1/token/login",
                "GET /media/originals/{assetId}", "PUT /media/uploads/{assetId}/{partNumber}");
        open.forEach(operation -> assertThat(security(operation.body())).as(operation.toString()).isEmpty());
    }

    /**
     * Written, not generated: Quarkus would make "Get" or "Review Asset" of the method name, a summary only in
     * capitalised words; a written one is a phrase with at least one word in lower case.
     */
    @Test
    void every_operation_has_a_summary() {
        operations(document()).forEach(operation -> assertThat((String) operation.body().get("summary"))
                .as(operation.toString()).isNotBlank().containsPattern("\\s[a-z]"));
    }

    @Test
    void aliases_and_review_pages_are_not_in_the_document() {
        Set<String> paths = map(document(), "paths").keySet();
        assertThat(paths).contains("/api/v1/asset", "/api/v1/asset/upload", "/api/v1/asset/download");
        assertThat(paths).noneMatch(path -> path.startsWith("/api/v1/assets"))
                .noneMatch(path -> path.startsWith("/r/") || path.startsWith("/t/"));
    }

    @Test
    void every_path_parameter_is_declared() {
        operations(document()).forEach(operation -> {
            Matcher names = PATH_PARAMETER.matcher(operation.path());
            while (names.find()) {
                String name = names.group(1);
                assertThat(list(operation.body(), "parameters")).as(operation + " declares " + name).anyMatch(
                        parameter -> name.equals(parameter.get("name")) && "path".equals(parameter.get("in")));
            }
        });
    }

    @Test
    void every_request_body_lists_its_fields() {
        Map<String, Object> document = document();
        operations(document).stream().filter(operation -> operation.body().containsKey("requestBody"))
                .forEach(operation -> map(map(operation.body(), "requestBody"), "content").forEach((type, content) -> {
                    Map<String, Object> schema = resolve(document, map(asMap(content), "schema"));
                    // a part of a placeholder upload is the file's bytes themselves
                    boolean rawBytes = operation.path().startsWith("/media/uploads/")
                            && "binary".equals(schema.get("format"));
                    if (!rawBytes) {
                        assertThat(asMap(schema.get("properties"))).as(operation + " " + type).isNotEmpty();
                    }
                }));
        assertThat(map(map(document, "components"), "schemas")).doesNotContainKey("JsonNode");
    }

    @Test
    void project_and_upload_bodies_name_the_seed_fields() {
        Map<String, Object> document = document();
        assertThat(fields(document, "post", "/api/v1/project", "application/json")).contains("projectName",
                "projectOwnersUIDS", "clientUID");
        assertThat(fields(document, "post", "/api/v1/asset/upload", "multipart/form-data")).contains("File",
                "ProjectUID", "AssetUID");
        assertThat(fields(document, "post", "/api/v2/projects/{project_id}/assets", "application/json"))
                .contains("title", "url", "s3", "media_type");
    }

    /** What Swagger UI sends after "Authorize": the header each scheme names opens an authenticated operation. */
    @Test
    void the_documented_schemes_open_the_api() {
        Map<String, Object> schemes = map(map(document(), "components"), "securitySchemes");
        Tenant tenant = Tenant.create();
        String apiKey = tenant.createApiKey("swagger");
        given().header("Authorization", "Bearer " + Tenant.login(tenant.email, tenant.password)).get("/api/v1/project")
                .then().statusCode(200);
        given().header((String) map(schemes, OpenApiDefinition.API_KEY).get("name"), apiKey).get("/api/v1/project")
                .then().statusCode(200);
        given().get("/api/v1/project").then().statusCode(401);
    }

    private static List<String> fields(Map<String, Object> document, String method, String path, String type) {
        Map<String, Object> operation = map(map(map(document, "paths"), path), method);
        Map<String, Object> content = map(map(operation, "requestBody"), "content");
        return List.copyOf(asMap(resolve(document, map(map(content, type), "schema")).get("properties")).keySet());
    }

    private static Map<String, Object> document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath()
                .getMap("");
    }

    private static List<Operation> operations(Map<String, Object> document) {
        List<Operation> operations = new ArrayList<>();
        map(document, "paths").forEach((path, item) -> asMap(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(new Operation(method, path, asMap(operation)));
            }
        }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ((String) ref).substring("#/components/schemas/".length());
        return map(map(map(document, "components"), "schemas"), name);
    }

    private static List<Map<String, Object>> security(Map<String, Object> owner) {
        return list(owner, "security");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> owner, String key) {
        Object value = owner.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> map(Map<String, Object> owner, String key) {
        assertThat(owner).as(key).containsKey(key);
        return asMap(owner.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
    }
}

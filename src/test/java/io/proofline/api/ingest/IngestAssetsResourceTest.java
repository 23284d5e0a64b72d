package io.proofline.api.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.ingest.DirectoryImportBucket;
import io.proofline.ingest.ImportServers;
import io.proofline.ingest.IngestTestProfile;
import io.proofline.project.ProjectState;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Every example of the asset-ingest seed, its validation rules, and URL and S3 imports against real servers. */
@QuarkusTest
@TestProfile(IngestTestProfile.class)
class IngestAssetsResourceTest {

    static final String SAMPLE = """
            {
              "title": "Sample Asset",
              "description": "Sample asset from API V2",
              "category": "Sample",
              "tags": [
                "sample",
                "test"
              ]%s
            }""";
    static final Pattern CREATED = Pattern.compile("Asset ([0-9a-f-]{36}) created, adding media to asset failed: (.*)");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    static final ObjectMapper JSON = new ObjectMapper();

    Tenant tenant;
    String key;
    String projectId;

    @BeforeEach
    void setUp() {
        tenant = Tenant.create();
        key = tenant.createApiKey("ingest");
        projectId = tenant.createProject("Ingest " + UUID.randomUUID());
    }

    RequestSpecification ingest() {
        return given().header("X-API-KEY", key).contentType(ContentType.JSON);
    }

    Response create(String body) {
        return ingest().body(body).post("/api/v2/projects/" + projectId + "/assets");
    }

    static String sample(String extra) {
        return SAMPLE.formatted(extra);
    }

    static Map<String, Object> json(Response response) throws Exception {
        return JSON.readValue(response.asString(), new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asset(Response response) throws Exception {
        return (Map<String, Object>) json(response).get("asset");
    }

    /**
     * The seed's reply with the values that differ per run (ids, owner, dates) taken from ours after checking their
     * form; the rest, and the order of the keys, must be exactly the seed's.
     */
    void assertSeedAsset(Response response, String seedReply, String owner) throws Exception {
        response.then().statusCode(200).contentType(ContentType.JSON);
        Map<String, Object> ours = json(response);
        Map<String, Object> seed = JSON.readValue(seedReply, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) seed.get("asset");
        @SuppressWarnings("unchecked")
        Map<String, Object> actual = (Map<String, Object>) ours.get("asset");
        assertThat(UUID.fromString((String) actual.get("id"))).isNotNull();
        assertThat((String) actual.get("created_date")).matches(DATE);
        assertThat((String) actual.get("modification_date")).matches(DATE);
        expected.put("id", actual.get("id"));
        expected.put("project_id", projectId);
        expected.put("owner", owner);
        expected.put("created_date", actual.get("created_date"));
        expected.put("modification_date", actual.get("modification_date"));
        assertThat(ours.keySet()).containsExactly("asset");
        assertThat(List.copyOf(actual.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        assertThat(actual).isEqualTo(expected);
    }

    Map<String, Object> get(String assetId) throws Exception {
        Response response = ingest().get("/api/v2/projects/" + projectId + "/assets/" + assetId);
        response.then().statusCode(200);
        return asset(response);
    }

    /** Waits until the import and processing are over; returns the asset then. */
    Map<String, Object> settled(String assetId) throws Exception {
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                .until(() -> !"processing".equals(get(assetId).get("media_type")));
        return get(assetId);
    }

    String imported(String url) throws Exception {
        Response response = create(sample(",\n\"url\": {\"file_url\": \"" + url + "\", \"filename\": \"photo.png\"}"));
        response.then().statusCode(200).body("asset.media_type", equalTo("processing")).body("asset.original_filename",
                equalTo("photo.png"));
        return (String) asset(response).get("id");
    }

    void assertImportFails(String url, String reasonPart) throws Exception {
        assertFailed(imported(url), url, reasonPart);
    }

    void assertFailed(String assetId, String url, String reasonPart) throws Exception {
        Map<String, Object> asset = settled(assetId);
        assertThat(asset.get("media_type")).as(url).isEqualTo("failed");
        assertThat((String) asset.get("media_error")).as(url).startsWith("Import failed: ").contains(reasonPart);
        assertThat(asset.get("md5_sum")).isNull();
    }

    // --- the seed's examples, in its order

    @Test
    void unknown_project_is_404_with_the_seeds_body() {
        for (String id : List.of("not-found-id", UUID.randomUUID().toString())) {
            ingest().post("/api/v2/projects/" + id + "/assets").then().statusCode(404)
                    .body(equalTo("{\"error\":\"project not found\"}"));
            ingest().body(sample("")).post("/api/v2/projects/" + id + "/assets").then().statusCode(404)
                    .body(equalTo("{\"error\":\"project not found\"}"));
        }
    }

    @Test
    void missing_title_is_422() {
        create("""
                {
                  "description": "Sample asset from API V2",
                  "category": "Sample",
                  "tags": [
                    "sample",
                    "test"
                  ]
                }""").then().statusCode(422).body(equalTo("{\"error\":\"Missing parameter title\"}"));
    }

    @Test
    void invalid_media_type_is_422() {
        create(sample(",\n\"media_type\": \"image\"")).then().statusCode(422).body(equalTo(
                "{\"error\":\"Invalid parameter 'media_type' value \\\"image\\\": Must be one of: <code>article</code>.\"}"));
    }

    @Test
    void placeholder_without_media() throws Exception {
        Response response = create(sample(""));
        assertSeedAsset(response, """
                {
                  "asset": {
                    "id": "v_Fa1CZTS56Vkgdoyo4e",
                    "external_id": null,
                    "parent_id": null,
                    "project_id": "DtialUGXI36apS40-0cE",
                    "owner": "admin-user-253@example.com",
                    "title": "Sample Asset",
                    "description": "Sample asset from API V2",
                    "category": "sample",
                    "tags": [
                      "sample",
                      "test"
                    ],
                    "ai_tags": [],
                    "status": "open",
                    "media_type": "placeholder",
                    "original_filename": null,
                    "drop_folder_id": null,
                    "md5_sum": null,
                    "created_date": "2023-11-27T09:43:34.166Z",
                    "modification_date": "2023-11-27T09:43:34.223Z",
                    "deleted": null
                  }
                }""", tenant.email);
        String id = (String) asset(response).get("id");
        assertThat(get(id)).isEqualTo(asset(response));
        // the asset is a file at the top of the project's tree on the other faces too
        tenant.request().get("/v2/assets/" + id).then().statusCode(200).body("name", equalTo("Sample Asset"))
                .body("type", equalTo("file"));
        assertThat(Db.events("asset.created", id)).hasSize(1);
    }

    @Test
    void article() throws Exception {
        assertSeedAsset(create(sample(",\n\"media_type\": \"article\"")), """
                {
                  "asset": {
                    "id": "Yr6Bnp1zBqP0RdSi8p1K",
                    "external_id": null,
                    "parent_id": null,
                    "project_id": "RDYDzeg1NxHJFf7qJMMv",
                    "owner": "admin-user-254@example.com",
                    "title": "Sample Asset",
                    "description": "Sample asset from API V2",
                    "category": "sample",
                    "tags": [
                      "sample",
                      "test"
                    ],
                    "ai_tags": [],
                    "status": "open",
                    "media_type": "article",
                    "original_filename": null,
                    "drop_folder_id": null,
                    "md5_sum": null,
                    "created_date": "2023-11-27T09:43:34.545Z",
                    "modification_date": "2023-11-27T09:43:34.725Z",
                    "deleted": null
                  }
                }""", tenant.email);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://www.example.com/jpgfile.jpg", "https://www.example.com/jpgfile.jpg" })
    void file_url_is_accepted_at_once_and_imported_in_the_background(String url) throws Exception {
        assertSeedAsset(create(sample(",\n\"url\": {\"file_url\": \"" + url + "\", \"filename\": \"jpgfile.jpg\"}")),
                """
                        {
                          "asset": {
                            "id": "McC66LDIygdLGTdqRs9E",
                            "external_id": null,
                            "parent_id": null,
                            "project_id": "s_N169fyG8lY-sFjGGJ9",
                            "owner": "admin-user-255@example.com",
                            "title": "Sample Asset",
                            "description": "Sample asset from API V2",
                            "category": "sample",
                            "tags": [
                              "sample",
                              "test"
                            ],
                            "ai_tags": [],
                            "status": "open",
                            "media_type": "processing",
                            "original_filename": "jpgfile.jpg",
                            "drop_folder_id": null,
                            "md5_sum": null,
                            "created_date": "2023-11-27T09:43:35.050Z",
                            "modification_date": "2023-11-27T09:43:35.194Z",
                            "deleted": null
                          }
                        }""", tenant.email);
    }

    @Test
    void invalid_file_url_is_400_and_the_asset_stays() throws Exception {
        Response response = create(
                sample(",\n\"url\": {\"file_url\": \"/local/downloads/myfile.jpg\", \"filename\": \"jpgfile.jpg\"}"));
        response.then().statusCode(400);
        Map<String, Object> body = json(response);
        assertThat(body.keySet()).containsExactly("error");
        Matcher matcher = CREATED.matcher((String) body.get("error"));
        assertThat(matcher.matches()).as(response.asString()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("not a valid HTTP URL");
        Map<String, Object> asset = get(matcher.group(1));
        assertThat(asset.get("title")).isEqualTo("Sample Asset");
        assertThat(asset.get("media_type")).isEqualTo("placeholder");
    }

    // --- URL imports against a real server

    @Test
    void url_import_downloads_and_processes_the_file() throws Exception {
        String id = imported(ImportServers.allowed("/photo.png"));
        Map<String, Object> asset = settled(id);
        assertThat(asset.get("media_type")).isEqualTo("image");
        assertThat(asset.get("md5_sum")).isEqualTo(md5(ImportServers.PHOTO));
        assertThat(asset).doesNotContainKey("media_error");
        byte[] downloaded = tenant.request().queryParam("AssetUID", id).get("/api/v1/asset/download").then()
                .statusCode(200).extract().asByteArray();
        assertThat(downloaded).isEqualTo(ImportServers.PHOTO);
    }

    @Test
    void url_import_follows_redirects() throws Exception {
        assertThat(settled(imported(ImportServers.allowed("/redirect-chain"))).get("md5_sum"))
                .isEqualTo(md5(ImportServers.PHOTO));
    }

    @Test
    void internal_addresses_are_refused() throws Exception {
        int port = ImportServers.port();
        Map<String, String> imports = new LinkedHashMap<>();
        for (String url : List.of(ImportServers.via("127.0.0.1", "/photo.png"),
                ImportServers.via("localhost", "/photo.png"), ImportServers.via("[::1]", "/photo.png"),
                ImportServers.via("[::ffff:127.0.0.1]", "/photo.png"), ImportServers.via("0.0.0.0", "/photo.png"),
                "http://10.0.0.1:" + port + "/photo.png", "http://192.168.1.1/photo.png",
                "http://169.254.169.254/latest/meta-data/", "http://100.64.0.1/x", "http://[fd00::1]/x",
                "http://[fe80::1]/x")) {
            imports.put(url, imported(url));
        }
        for (Map.Entry<String, String> entry : imports.entrySet()) {
            assertFailed(entry.getValue(), entry.getKey(), "which imports may not reach");
        }
    }

    @Test
    void a_redirect_to_an_internal_address_is_refused() throws Exception {
        assertImportFails(ImportServers.allowed("/redirect-to-loopback"), "127.0.0.1, which imports may not reach");
        assertImportFails(ImportServers.allowed("/redirect-to-metadata"),
                "169.254.169.254, which imports may not reach");
    }

    @Test
    void a_redirect_to_another_scheme_or_in_a_loop_fails() throws Exception {
        assertImportFails(ImportServers.allowed("/redirect-to-file"), "not an HTTP URL");
        assertImportFails(ImportServers.allowed("/redirect-loop"), "redirected more than 5 times");
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:///etc/passwd", "ftp://example.com/photo.png", "gopher://example.com:70/1",
            "javascript:alert(1)", "http://", "http:///photo.png", "not a url", "" })
    void non_http_urls_are_400_and_the_asset_stays(String url) throws Exception {
        Response response = create(sample(",\n\"url\": {\"file_url\": \"" + url + "\", \"filename\": \"a.png\"}"));
        if (url.isEmpty()) {
            response.then().statusCode(422).body(equalTo("{\"error\":\"Missing parameter url[file_url]\"}"));
            return;
        }
        response.then().statusCode(400);
        Matcher matcher = CREATED.matcher((String) json(response).get("error"));
        assertThat(matcher.matches()).as(response.asString()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("not a valid HTTP URL");
        assertThat(get(matcher.group(1)).get("media_type")).isEqualTo("placeholder");
    }

    @Test
    void oversized_files_are_refused_whatever_the_server_claims() throws Exception {
        String limit = "larger than the limit of " + IngestTestProfile.MAX_SIZE + " bytes";
        assertImportFails(ImportServers.allowed("/big"), limit);
        assertImportFails(ImportServers.allowed("/big-chunked"), limit);
        assertImportFails(ImportServers.raw("/no-length"), limit);
        // a body longer than its Content-Length: exactly the promised bytes are kept, never more
        String id = imported(ImportServers.raw("/lies-short"));
        assertThat(settled(id).get("media_type")).isEqualTo("file");
        tenant.request().queryParam("AssetUID", id).get("/api/v1/asset").then().statusCode(200).body("result.fileSize",
                equalTo(1000));
        // a body shorter than its Content-Length is not kept at all
        assertImportFails(ImportServers.raw("/lies-long"), "could not be read");
    }

    @Test
    void slow_servers_time_out() throws Exception {
        assertImportFails(ImportServers.allowed("/stall"), "did not answer within 2 s");
        assertImportFails(ImportServers.allowed("/trickle"), "took longer than 5 s");
    }

    @Test
    void http_errors_and_empty_files_fail_the_asset() throws Exception {
        assertImportFails(ImportServers.allowed("/missing"), "HTTP status 404");
        assertImportFails(ImportServers.allowed("/empty"), "empty");
        assertImportFails("http://no-such-host.invalid/photo.png", "not known");
    }

    // --- S3 imports (a directory stands in for the bucket here)

    @Test
    void s3_import_copies_the_object() throws Exception {
        String objectKey = "incoming/" + UUID.randomUUID() + "/photo.png";
        DirectoryImportBucket.put(objectKey, ImportServers.PHOTO);
        Response response = create(
                sample(",\n\"s3\": {\"s3_key\": \"" + objectKey + "\", \"filename\": \"photo.png\"}"));
        response.then().statusCode(200).body("asset.media_type", equalTo("processing")).body("asset.original_filename",
                equalTo("photo.png"));
        Map<String, Object> asset = settled((String) asset(response).get("id"));
        assertThat(asset.get("media_type")).isEqualTo("image");
        assertThat(asset.get("md5_sum")).isEqualTo(md5(ImportServers.PHOTO));
    }

    @Test
    void s3_import_of_a_missing_object_is_400_and_the_asset_stays() throws Exception {
        Response response = create(sample(",\n\"s3\": {\"s3_key\": \"no/such/object\", \"filename\": \"a.png\"}"));
        response.then().statusCode(400);
        Matcher matcher = CREATED.matcher((String) json(response).get("error"));
        assertThat(matcher.matches()).as(response.asString()).isTrue();
        assertThat(matcher.group(2)).isEqualTo("S3 object not found");
        assertThat(get(matcher.group(1)).get("media_type")).isEqualTo("placeholder");
    }

    @Test
    void s3_import_over_the_limit_fails_the_asset() throws Exception {
        String objectKey = "incoming/" + UUID.randomUUID() + "/big.bin";
        DirectoryImportBucket.put(objectKey, new byte[IngestTestProfile.MAX_SIZE + 1]);
        Response response = create(sample(",\n\"s3\": {\"s3_key\": \"" + objectKey + "\", \"filename\": \"b.bin\"}"));
        Map<String, Object> asset = settled(
                (String) asset(response.then().statusCode(200).extract().response()).get("id"));
        assertThat(asset.get("media_type")).isEqualTo("failed");
        assertThat((String) asset.get("media_error")).contains("larger than the limit");
    }

    // --- external ids and the other parameters

    @Test
    void external_id_is_unique_per_project() throws Exception {
        Response first = create(sample(",\n\"external_id\": \"ext-1\""));
        first.then().statusCode(200).body("asset.external_id", equalTo("ext-1"));
        create(sample(",\n\"external_id\": \"ext-1\"")).then().statusCode(400)
                .body(equalTo("{\"error\":\"External id has already been taken\"}"));
        String otherProject = tenant.createProject("Other " + UUID.randomUUID());
        ingest().body(sample(",\n\"external_id\": \"ext-1\"")).post("/api/v2/projects/" + otherProject + "/assets")
                .then().statusCode(200);
        // a deleted asset gives its external id back
        tenant.request().queryParam("AssetUID", asset(first).get("id")).delete("/api/v1/asset").then().statusCode(200);
        create(sample(",\n\"external_id\": \"ext-1\"")).then().statusCode(200);
    }

    @Test
    void only_the_title_is_required() throws Exception {
        Response response = create("{\"title\": \"  Just a title \"}");
        response.then().statusCode(200);
        Map<String, Object> asset = asset(response);
        assertThat(asset.get("title")).isEqualTo("Just a title");
        assertThat(asset.get("tags")).isEqualTo(List.of());
        assertThat(asset.get("description")).isNull();
        assertThat(asset.get("category")).isNull();
        assertThat(asset.get("media_type")).isEqualTo("placeholder");
    }

    @Test
    void wrong_types_get_the_seeds_validation_errors() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"title\": 12}", "Invalid parameter 'title' value 12: Must be a String");
        cases.put("{\"title\": true}", "Invalid parameter 'title' value true: Must be a String");
        cases.put("{\"title\": [\"a\"]}", "Invalid parameter 'title' value [\"a\"]: Must be a String");
        cases.put("{\"title\": null}", "Missing parameter title");
        cases.put("{\"title\": \"  \"}", "Missing parameter title");
        cases.put("{\"title\": \"t\", \"description\": 1.5}",
                "Invalid parameter 'description' value 1.5: Must be a String");
        cases.put("{\"title\": \"t\", \"category\": {\"a\": 1}}",
                "Invalid parameter 'category' value {\"a\"=>1}: Must be a String");
        cases.put("{\"title\": \"t\", \"tags\": \"sample\"}",
                "Invalid parameter 'tags' value \"sample\": Must be an array of String");
        cases.put("{\"title\": \"t\", \"tags\": [\"a\", 2]}",
                "Invalid parameter 'tags' value [\"a\", 2]: Must be an array of String");
        cases.put("{\"title\": \"t\", \"external_id\": 7}",
                "Invalid parameter 'external_id' value 7: Must be a String");
        cases.put("{\"title\": \"t\", \"media_type\": 5}",
                "Invalid parameter 'media_type' value 5: Must be one of: <code>article</code>.");
        cases.put("{\"title\": \"t\", \"url\": \"http://example.com/a.png\"}",
                "Invalid parameter 'url' value \"http://example.com/a.png\": Must be a Hash");
        cases.put("{\"title\": \"t\", \"url\": {}}", "Missing parameter url[file_url]");
        cases.put("{\"title\": \"t\", \"url\": {\"file_url\": \"http://example.com/a.png\"}}",
                "Missing parameter url[filename]");
        cases.put("{\"title\": \"t\", \"url\": {\"file_url\": 3, \"filename\": \"a.png\"}}",
                "Invalid parameter 'url[file_url]' value 3: Must be a String");
        cases.put("{\"title\": \"t\", \"url\": {\"file_url\": \"http://example.com/a\", \"filename\": false}}",
                "Invalid parameter 'url[filename]' value false: Must be a String");
        cases.put("{\"title\": \"t\", \"s3\": [\"k\"]}", "Invalid parameter 's3' value [\"k\"]: Must be a Hash");
        cases.put("{\"title\": \"t\", \"s3\": {\"filename\": \"a.png\"}}", "Missing parameter s3[s3_key]");
        cases.put("{\"title\": \"t\", \"s3\": {\"s3_key\": \"k\"}}", "Missing parameter s3[filename]");
        cases.put("{\"title\": \"t\", \"s3\": {\"s3_key\": \"k\", \"filename\": \"..\"}}",
                "Invalid parameter 's3[filename]' value \"..\": The file name is not a valid file name");
        cases.put(
                "{\"title\": \"t\", \"url\": {\"file_url\": \"http://e.com/a\", \"filename\": \"a\"},"
                        + " \"s3\": {\"s3_key\": \"k\", \"filename\": \"a\"}}",
                "Only one of 'url' and 's3' may be given.");
        cases.put(
                "{\"title\": \"t\", \"media_type\": \"article\", \"url\": {\"file_url\": \"http://e.com/a\","
                        + " \"filename\": \"a\"}}",
                "An article has no media: 'url' and 's3' cannot be given with media_type article.");
        cases.put("{\"title\": \"" + "x".repeat(1025) + "\"}",
                "Invalid parameter 'title': Must be at most 1024 characters");
        cases.put("{\"title\": \"a\\u0000b\"}", "Invalid parameter 'title': Must not contain control characters");
        cases.put("", "Missing parameter title");
        cases.put("{}", "Missing parameter title");
        cases.put("[]", "The request body must be a JSON object.");
        cases.put("\"text\"", "The request body must be a JSON object.");
        cases.forEach((body, message) -> {
            Response response = create(body);
            assertThat(response.statusCode()).as(body).isEqualTo(422);
            assertThat(response.jsonPath().getMap("")).as(body).isEqualTo(Map.of("error", message));
        });
    }

    @Test
    void malformed_bodies_are_4xx_in_the_faces_shape() {
        for (String body : List.of("{not json", "{\"title\": \"x\"", "{} {}")) {
            Response response = create(body);
            assertThat(response.statusCode()).as(body).isEqualTo(422);
            assertThat(response.jsonPath().getMap("").keySet()).as(body).containsExactly("error");
        }
        Response form = given().header("X-API-KEY", key).contentType(ContentType.URLENC).formParam("title", "x")
                .post("/api/v2/projects/" + projectId + "/assets");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.jsonPath().getMap("").keySet()).containsExactly("error");
    }

    @Test
    void missing_or_invalid_api_key_is_401() {
        for (RequestSpecification request : List.of(given(), given().header("X-API-KEY", "pl_not-a-key"),
                given().header("X-API-KEY", "garbage"))) {
            Response response = request.contentType(ContentType.JSON).body(sample(""))
                    .post("/api/v2/projects/" + projectId + "/assets");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.jsonPath().getMap("").keySet()).containsExactly("error");
        }
    }

    @Test
    void another_tenants_project_and_assets_are_404() throws Exception {
        String id = (String) asset(create(sample(""))).get("id");
        Tenant other = Tenant.create();
        RequestSpecification stranger = given().header("X-API-KEY", other.createApiKey("ingest"))
                .contentType(ContentType.JSON);
        stranger.body(sample("")).post("/api/v2/projects/" + projectId + "/assets").then().statusCode(404)
                .body(equalTo("{\"error\":\"project not found\"}"));
        given().header("X-API-KEY", other.createApiKey("ingest")).get("/api/v2/projects/" + projectId + "/assets/" + id)
                .then().statusCode(404).body(equalTo("{\"error\":\"project not found\"}"));
        // the asset through a project of the other tenant's own
        String theirs = other.createProject("Theirs");
        given().header("X-API-KEY", other.createApiKey("ingest")).get("/api/v2/projects/" + theirs + "/assets/" + id)
                .then().statusCode(404).body(equalTo("{\"error\":\"asset not found\"}"));
    }

    @Test
    void unknown_assets_and_folders_are_404() {
        String root = Db.project(projectId).rootAssetId.toString();
        for (String id : List.of("nope", UUID.randomUUID().toString(), root)) {
            ingest().get("/api/v2/projects/" + projectId + "/assets/" + id).then().statusCode(404)
                    .body(equalTo("{\"error\":\"asset not found\"}"));
        }
    }

    @Test
    void a_completed_project_takes_no_assets() {
        Db.forceState(projectId, ProjectState.Completed);
        Response response = create(sample(""));
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.jsonPath().getMap("").keySet()).containsExactly("error");
    }

    static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}

package io.proofline.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.proofline.media.rendition.TestFiles;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A 2xx means the data is on disk: the packaged server on the embedded default (H2 file database, local blobs) is
 * killed with SIGKILL right after acknowledging writes, started again on the same data directory, and every
 * acknowledged project, upload, annotation and decision is there. Runs against the jar that {@code ./mvnw verify}
 * packages (failsafe, after the package phase).
 */
class DurabilityIT {

    private static final String ADMIN_EMAIL = "admin@durability.test";
    private static final String ADMIN_PASSWORD = "durability-password-1";
    private static final Pattern CSRF_FIELD = Pattern.compile("(?:name=\"csrf\" value|data-csrf)=\"([^\"]+)\"");
    private static final String REVIEW_COOKIE = "proofline_review";

    private Path dataDir;
    private int port;
    private Process server;

    @BeforeEach
    void freshDataDirectory() throws IOException {
        dataDir = Files.createTempDirectory(Path.of("target"), "durability-it-").toAbsolutePath();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void acknowledged_writes_survive_a_kill_9_right_after_them() throws Exception {
        start();
        String token = login();
        String companyId = admin(token).body(Map.of("name", "Durable Studio")).post("/api/v1/company").then()
                .statusCode(200).extract().path("result.companyUID");
        String userId = admin(token).get("/v2/me").then().statusCode(200).extract().path("id");

        String project = createProject(token, companyId, userId, "Uploads");
        List<String> assets = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] png = TestFiles.png(40 + i, 30);
            contents.add(png);
            assets.add(given().port(port).auth().oauth2(token).multiPart("ProjectUID", project)
                    .multiPart("File", "file-" + i + ".png", png, "application/octet-stream")
                    .post("/api/v1/asset/upload").then().statusCode(200).extract().path("result.assetUID"));
        }
        List<String> annotations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            annotations.add(admin(token)
                    .body(Map.of("assetUID", assets.get(0), "page", 1, "text", "Mark " + i, "shape",
                            Map.of("type", "point", "x", 0.1 * (i + 1), "y", 0.5)))
                    .post("/api/v1/annotation").then().statusCode(200).extract().path("result.annotationUID"));
        }
        awaitProcessed(token, assets.get(1));
        String reviewPath = reviewLink(token, project, assets.get(1));
        decide(reviewPath, assets.get(1));

        // the reported case: ten projects answered 200 and the process killed at once
        List<String> lastProjects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lastProjects.add(createProject(token, companyId, userId, "Last " + i));
        }
        killNow();

        start();
        token = login();
        for (String id : lastProjects) {
            admin(token).queryParam("ProjectUID", id).get("/api/v1/project").then().statusCode(200);
        }
        for (int i = 0; i < assets.size(); i++) {
            admin(token).queryParam("AssetUID", assets.get(i)).get("/api/v1/asset").then().statusCode(200);
            byte[] downloaded = given().port(port).auth().oauth2(token).queryParam("AssetUID", assets.get(i))
                    .get("/api/v1/asset/download").then().statusCode(200).extract().asByteArray();
            assertThat(downloaded).as("original of upload %d", i).isEqualTo(contents.get(i));
        }
        List<String> stored = admin(token).queryParam("AssetUID", assets.get(0)).get("/api/v1/annotation").then()
                .statusCode(200).extract().path("result.annotationUID");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(annotations);
        admin(token).queryParam("AssetUID", assets.get(1)).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(1));
    }

    private void start() throws IOException, InterruptedException {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("the packaged server (run ./mvnw verify, not only test)").exists();
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx512m", "-jar", jar.getAbsolutePath());
        builder.environment().put("PROOFLINE_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PROOFLINE_ADMIN_EMAIL", ADMIN_EMAIL);
        builder.environment().put("PROOFLINE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()));
        server = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("server running (see %s)", dataDir.resolve("server.log")).isTrue();
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server not ready within 90 s, see " + dataDir.resolve("server.log"));
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs, nothing is flushed on the way out. */
    private void killNow() throws InterruptedException {
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        server = null;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String login() {
        return given().port(port).contentType(ContentType.JSON)
                .body(Map.of("username", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).post("/api/v1/token/login").then()
                .statusCode(200).extract().path("result.token");
    }

    private RequestSpecification admin(String token) {
        return given().port(port).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private String createProject(String token, String companyId, String ownerId, String name) {
        return admin(token)
                .body(Map.of("projectName", name + " " + UUID.randomUUID(), "clientUID", companyId, "projectOwnersUIDS",
                        List.of(ownerId)))
                .post("/api/v1/project").then().statusCode(200).extract().path("result.projectUID");
    }

    private void awaitProcessed(String token, String assetId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            String status = admin(token).queryParam("AssetUID", assetId).get("/api/v1/asset").then().statusCode(200)
                    .extract().path("result.status");
            if ("Processed".equals(status)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("asset not processed within 60 s");
    }

    /** A review link on /v2 holding the file; returns its page's path, /r/{token}. */
    private String reviewLink(String token, String projectId, String assetId) {
        String linkId = admin(token).body(Map.of("name", "Round 1")).post("/v2/projects/" + projectId + "/review_links")
                .then().statusCode(201).extract().path("id");
        admin(token).body(Map.of("asset_ids", List.of(assetId))).post("/v2/review_links/" + linkId + "/assets").then()
                .statusCode(200);
        String shortUrl = admin(token).get("/v2/review_links/" + linkId).then().statusCode(200).extract()
                .path("short_url");
        return "/r/" + shortUrl.substring(shortUrl.lastIndexOf('/') + 1);
    }

    /** A reviewer gives a name on the review page and approves the file. */
    private void decide(String reviewPath, String assetId) {
        Response grid = given().port(port).get(reviewPath).then().statusCode(200).extract().response();
        String cookie = grid.getCookie(REVIEW_COOKIE);
        String viewer = given().port(port).cookie(REVIEW_COOKIE, cookie).get(reviewPath + "/assets/" + assetId).then()
                .statusCode(200).extract().asString();
        String named = given().port(port).redirects().follow(false).cookie(REVIEW_COOKIE, cookie)
                .formParam("csrf", csrf(viewer)).formParam("name", "Ann Lee").formParam("email", "ann@example.com")
                .post(reviewPath + "/reviewer").then().statusCode(303).extract().cookie(REVIEW_COOKIE);
        String namedViewer = given().port(port).cookie(REVIEW_COOKIE, named).get(reviewPath + "/assets/" + assetId)
                .then().statusCode(200).extract().asString();
        given().port(port).redirects().follow(false).cookie(REVIEW_COOKIE, named).formParam("csrf", csrf(namedViewer))
                .formParam("decision", "approve").post(reviewPath + "/assets/" + assetId + "/decision").then()
                .statusCode(303);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}

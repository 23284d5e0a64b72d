package io.proofline.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.proofline.media.XxHash64OutputStream;
import io.restassured.response.Response;

/** Placeholder uploads through /v2 and the signed part URLs, as Frame.io's client does them. */
public final class Placeholders {

    private Placeholders() {
    }

    /** The root folder of a new project of the tenant. */
    public static String rootOfNewProject(Tenant tenant) {
        String projectId = tenant.createProject("Uploads " + System.nanoTime());
        return tenant.request().get("/v2/projects/" + projectId).then().statusCode(200).extract().path("root_asset_id");
    }

    public static Response create(Tenant tenant, String parentId, String name, String filetype, long filesize) {
        return tenant.request().body(Map.of("name", name, "type", "file", "filetype", filetype, "filesize", filesize))
                .post("/v2/assets/" + parentId + "/children");
    }

    /** Sends one part to an upload URL as Frame.io's client does: raw, with the file's type and no Authorization. */
    public static Response put(String uploadUrl, byte[] part, String contentType) {
        URI uri = URI.create(uploadUrl);
        return given().urlEncodingEnabled(false).contentType(contentType).header("x-amz-acl", "private").body(part)
                .put(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    /** A signed absolute URL as a path with query, for RestAssured (the test server's port differs). */
    public static String local(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Chunk i of a file cut the way Frame.io's client cuts it: ceil(size / number of URLs) bytes each. */
    public static byte[] chunk(byte[] file, int urlCount, int index) {
        int size = (int) Math.ceil((double) file.length / urlCount);
        int from = index * size;
        int to = Math.min(file.length, from + size);
        return Arrays.copyOfRange(file, from, to);
    }

    public static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    public static String xxHash(byte[] bytes) {
        XxHash64OutputStream out = new XxHash64OutputStream();
        out.write(bytes, 0, bytes.length);
        return out.hex();
    }

    /** Waits until processing has put the checksums on the file. */
    public static void awaitChecksums(Tenant tenant, String assetId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> tenant.request()
                .get("/v2/assets/" + assetId).then().statusCode(200).extract().path("checksums.xx_hash") != null);
    }

    /** The upload URLs of a create reply. */
    public static List<String> urls(Response created) {
        return created.then().extract().path("upload_urls");
    }
}

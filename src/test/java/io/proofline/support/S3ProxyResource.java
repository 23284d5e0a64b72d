package io.proofline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real S3-compatible server for the storage tests: S3Proxy (fetched by Maven into {@code target/s3proxy}) with its
 * filesystem backend, started as a separate java process on a free port. Buckets are directories of its base directory.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "proofline";
    public static final String ARCHIVE_BUCKET = "proofline-archive";
    public static final String IMPORT_BUCKET = "proofline-imports";
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";

    private Process process;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            Path jar = Path.of("target", "s3proxy", "s3proxy.jar").toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(
                        jar + " is missing: run the tests through Maven, which copies it there");
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "s3proxy-");
            Path data = directory.resolve("data");
            for (String bucket : List.of(BUCKET, ARCHIVE_BUCKET, IMPORT_BUCKET)) {
                Files.createDirectories(data.resolve(bucket));
            }
            String endpoint = "http://127.0.0.1:" + port;
            Path properties = directory.resolve("s3proxy.properties");
            Files.writeString(properties,
                    String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
                            "s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
                            "jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data, ""));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(), "--properties",
                    properties.toString()).redirectErrorStream(true)
                            .redirectOutput(directory.resolve("s3proxy.log").toFile()).start();
            awaitReady(endpoint);
            return Map.ofEntries(Map.entry("proofline.storage.type", "s3"),
                    Map.entry("proofline.storage.bucket", BUCKET), Map.entry("proofline.storage.key-prefix", "blobs/"),
                    Map.entry("proofline.storage.part-size", "5M"),
                    Map.entry("proofline.storage.archive.bucket", ARCHIVE_BUCKET),
                    Map.entry("proofline.storage.import-bucket", IMPORT_BUCKET),
                    Map.entry("quarkus.s3.endpoint-override", endpoint),
                    Map.entry("quarkus.s3.path-style-access", "true"), Map.entry("quarkus.s3.aws.region", "us-east-1"),
                    Map.entry("quarkus.s3.aws.credentials.type", "static"),
                    Map.entry("quarkus.s3.aws.credentials.static-provider.access-key-id", ACCESS_KEY),
                    Map.entry("quarkus.s3.aws.credentials.static-provider.secret-access-key", SECRET_KEY));
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        }
    }

    /** Any HTTP answer (an anonymous request gets a 403) means S3Proxy listens. */
    private void awaitReady(String endpoint) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "S3Proxy exited: " + Files.readString(directory.resolve("s3proxy.log")));
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint + "/").toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                connection.getResponseCode();
                connection.disconnect();
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("S3Proxy did not start within 60 s", notYet);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
        if (directory != null) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // leftovers under target/ are harmless
            }
            directory = null;
        }
    }
}

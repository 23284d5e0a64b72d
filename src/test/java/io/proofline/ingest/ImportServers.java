package io.proofline.ingest;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Real HTTP servers for URL imports, started once per test JVM. The well-behaved one listens on every local address, so
 * 127.0.0.1, localhost and [::1] would reach it too if the import did not refuse them; only 127.0.0.2 is allowed in
 * {@link IngestTestProfile}. A raw socket server on 127.0.0.2 sends what an HTTP server library would not: a
 * Content-Length that lies, a body without any length.
 */
public final class ImportServers {

    public static final String ALLOWED_ADDRESS = "127.0.0.2";

    /** The bytes /photo.png serves. */
    public static final byte[] PHOTO = photo();

    private static HttpServer http;
    private static ServerSocket raw;

    private ImportServers() {
    }

    /** An http URL on the allowed address for a path of the well-behaved server. */
    public static String allowed(String path) {
        return "http://" + ALLOWED_ADDRESS + ":" + port() + path;
    }

    /** The same server through another host (an address or name that the import must refuse). */
    public static String via(String host, String path) {
        return "http://" + host + ":" + port() + path;
    }

    /** A URL of the raw server, whose path picks the misbehaviour. */
    public static String raw(String path) {
        start();
        return "http://" + ALLOWED_ADDRESS + ":" + raw.getLocalPort() + path;
    }

    public static synchronized int port() {
        start();
        return http.getAddress().getPort();
    }

    private static synchronized void start() {
        if (http != null) {
            return;
        }
        try {
            http = HttpServer.create(new InetSocketAddress(0), 50);
            http.setExecutor(Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "import-test-http");
                thread.setDaemon(true);
                return thread;
            }));
            http.createContext("/", ImportServers::handle);
            http.start();
            raw = new ServerSocket();
            raw.bind(new InetSocketAddress(ALLOWED_ADDRESS, 0));
            Thread acceptor = new Thread(ImportServers::acceptRaw, "import-test-raw");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            switch (path) {
                case "/photo.png", "/files/jpgfile.jpg" -> send(exchange, 200, PHOTO);
                case "/redirect-to-photo" -> redirect(exchange, "/photo.png");
                case "/redirect-chain" -> redirect(exchange, "/redirect-to-photo");
                case "/redirect-loop" -> redirect(exchange, "/redirect-loop");
                case "/redirect-to-loopback" -> redirect(exchange, via("127.0.0.1", "/photo.png"));
                case "/redirect-to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                case "/redirect-to-file" -> redirect(exchange, "file:///etc/passwd");
                case "/missing" -> send(exchange, 404, "not here".getBytes(StandardCharsets.UTF_8));
                case "/empty" -> send(exchange, 200, new byte[0]);
                case "/big" -> send(exchange, 200, new byte[IngestTestProfile.MAX_SIZE + 1]);
                case "/big-chunked" -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    byte[] block = new byte[8192];
                    for (int sent = 0; sent < 4 * IngestTestProfile.MAX_SIZE; sent += block.length) {
                        out.write(block);
                    }
                }
                case "/stall" -> sleep(8000);
                case "/trickle" -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream out = exchange.getResponseBody();
                    for (int i = 0; i < 60; i++) {
                        out.write('x');
                        out.flush();
                        sleep(250);
                    }
                }
                default -> send(exchange, 404, new byte[0]);
            }
        } catch (IOException e) {
            // the importer hung up on us, as it should on a bad download
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void acceptRaw() {
        while (true) {
            try {
                Socket socket = raw.accept();
                Thread thread = new Thread(() -> serveRaw(socket), "import-test-raw-connection");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads the request head, then answers by path. */
    private static void serveRaw(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int c;
            while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
                head.append((char) c);
            }
            String path = head.toString().split(" ")[1];
            OutputStream out = socket.getOutputStream();
            byte[] many = new byte[4 * IngestTestProfile.MAX_SIZE];
            Arrays.fill(many, (byte) 'y');
            switch (path) {
                // promises 1000 bytes and sends far more: the import keeps exactly the 1000 promised
                case "/lies-short" -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n", many);
                // promises a little and then sends less: the import fails, it does not keep half a file
                case "/lies-long" -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n", new byte[100]);
                // no length at all, the body ends when the connection closes: cut off at the limit
                case "/no-length" -> write(out, "HTTP/1.0 200 OK\r\n\r\n", many);
                default -> write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", new byte[0]);
            }
        } catch (IOException e) {
            // the importer hung up
        }
    }

    private static void write(OutputStream out, String head, byte[] body) throws IOException {
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A real PNG, small enough for the test profile's size limit. */
    private static byte[] photo() {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, new Color(x * 6, y * 8, 90).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}

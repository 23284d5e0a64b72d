package io.proofline.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server (GreenMail) on a free local port, in the test JVM; the application sends to it with
 * {@code proofline.mail.delivery=smtp}. Tests read what arrived from {@link #server()}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;

    public static GreenMail server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of("proofline.mail.delivery", "smtp", "quarkus.mailer.mock", "false", "quarkus.mailer.host",
                "127.0.0.1", "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the SMTP server", e);
        }
    }
}

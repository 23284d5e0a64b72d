package io.proofline.system;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the server keeps its local state and how it is reached from outside. */
@ApplicationScoped
public class ServerSettings {

    @ConfigProperty(name = "proofline.data-dir")
    String dataDir;

    @ConfigProperty(name = "proofline.public-url")
    String publicUrl;

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** The base URL for links handed out, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

package io.proofline.api.common;

import io.proofline.auth.CredentialMechanism;

/**
 * The names of the API document's two security schemes (defined in this package's {@code package-info.java}).
 * {@link CredentialMechanism} accepts either credential wherever one is needed, so every authenticated resource names
 * both as alternatives, {@code @SecurityRequirement(name = BEARER)} and {@code @SecurityRequirement(name = API_KEY)},
 * and Swagger UI's "Authorize" works with either. Quarkus' automatic requirement is off (application.properties): it
 * names a scheme that only a security extension's own mechanism defines, and ours is custom.
 */
public final class OpenApiDefinition {

    /** The token of the login, in {@code Authorization: Bearer <token>}. */
    public static final String BEARER = "bearer";

    /** An API key, in {@code X-API-KEY: <key>}. */
    public static final String API_KEY = "apiKey";

    private OpenApiDefinition() {
    }
}

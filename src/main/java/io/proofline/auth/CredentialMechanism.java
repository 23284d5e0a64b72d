package io.proofline.auth;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the caller's credential: {@code Authorization: Bearer <jwt>} or {@code X-API-KEY: <key>}, accepted
 * interchangeably wherever either is.
 */
@ApplicationScoped
public class CredentialMechanism implements HttpAuthenticationMechanism {

    public static final String API_KEY_HEADER = "X-API-KEY";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identityProviderManager.authenticate(
                    new CredentialRequest(CredentialRequest.Kind.BEARER, authorization.substring(7).trim()));
        }
        String apiKey = context.request().getHeader(API_KEY_HEADER);
        if (apiKey != null && !apiKey.isBlank()) {
            return identityProviderManager
                    .authenticate(new CredentialRequest(CredentialRequest.Kind.API_KEY, apiKey.trim()));
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(
                new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), HttpHeaderNames.WWW_AUTHENTICATE, "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CredentialRequest.class);
    }
}

package io.proofline.auth;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.tenancy.AppUser;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a token or API key into the identity of a user who still exists. */
@ApplicationScoped
public class CredentialIdentityProvider implements IdentityProvider<CredentialRequest> {

    /** Identity attribute holding whether the user administers the server. */
    public static final String SERVER_ADMIN = "proofline.server-admin";

    @Inject
    TokenService tokens;

    @Inject
    ApiKeyService apiKeys;

    @Override
    public Class<CredentialRequest> getRequestType() {
        return CredentialRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CredentialRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(request));
    }

    @Transactional
    SecurityIdentity identity(CredentialRequest request) {
        Optional<UUID> userId = request.kind == CredentialRequest.Kind.BEARER ? tokens.verify(request.value)
                : apiKeys.authenticate(request.value);
        AppUser user = userId.map(id -> AppUser.<AppUser> findById(id)).orElse(null);
        if (user == null) {
            throw new AuthenticationFailedException("Invalid or expired credentials");
        }
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.id.toString()))
                .addAttribute(SERVER_ADMIN, user.serverAdmin).build();
    }
}

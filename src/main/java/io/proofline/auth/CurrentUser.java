package io.proofline.auth;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.proofline.system.UnauthorizedException;
import io.proofline.tenancy.Principal;
import io.quarkus.security.identity.SecurityIdentity;

/** The authenticated caller of this request, as a {@link Principal}. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public Principal principal() {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException("Authentication required.");
        }
        Boolean admin = identity.getAttribute(CredentialIdentityProvider.SERVER_ADMIN);
        return new Principal(UUID.fromString(identity.getPrincipal().getName()), Boolean.TRUE.equals(admin));
    }
}

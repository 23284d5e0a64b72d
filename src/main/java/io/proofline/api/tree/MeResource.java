package io.proofline.api.tree;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.tenancy.TenancyService;
import io.quarkus.security.Authenticated;

/** {@code /v2/me}: who the token belongs to. */
@Path("/v2/me")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenancyService tenancy;

    @GET
    @Operation(summary = "Get the current user", description = "Who the token or API key belongs to.")
    public TreeUser me() {
        return TreeUser.of(tenancy.me(currentUser.principal()));
    }
}

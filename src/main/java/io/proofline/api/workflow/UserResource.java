package io.proofline.api.workflow;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.proofline.tenancy.AppUser;
import io.proofline.tenancy.TenancyService;
import io.quarkus.security.Authenticated;

/** Users of the caller's accounts, so that owners and assignees can be found by id. */
@Path("/api/v1/user")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenancyService tenancy;

    public record UserRequest(String email, String name, String password, String companyUID) {
    }

    public record UserView(String userUID, String email, String name) {
    }

    @GET
    @Operation(summary = "List the users of the caller's companies")
    public Envelope<List<UserView>> list() {
        return Envelope.get(tenancy.visibleUsers(currentUser.principal()).stream().map(UserResource::view).toList());
    }

    @POST
    @Operation(summary = "Create a user", description = "A user in one of the caller's companies (companyUID), by default the caller's own.")
    public Envelope<UserView> create(UserRequest request) {
        UserRequest body = request == null ? new UserRequest(null, null, null, null) : request;
        UUID companyId = null;
        if (body.companyUID() != null && !body.companyUID().isBlank()) {
            companyId = Ids.require(body.companyUID(), "Company not found.");
        }
        AppUser user = tenancy.createUser(currentUser.principal(), companyId, body.email(), body.name(),
                body.password());
        return Envelope.post(view(user));
    }

    static UserView view(AppUser user) {
        return new UserView(user.id.toString(), user.email, user.name);
    }

}

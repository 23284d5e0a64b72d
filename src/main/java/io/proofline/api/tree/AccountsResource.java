package io.proofline.api.tree;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.proofline.system.NotFoundException;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.TenancyService;
import io.quarkus.security.Authenticated;

/** {@code /v2/accounts}: the accounts the caller belongs to, and their teams. */
@Path("/v2/accounts")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    static final String NOT_FOUND = "Account not found.";

    @Inject
    CurrentUser currentUser;

    @Inject
    TenancyService tenancy;

    @Inject
    Access access;

    @GET
    @Operation(summary = "List the caller's accounts")
    public RestResponse<List<TreeAccount>> list(@QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        List<TreeAccount> all = tenancy.accountsWithOwners(currentUser.principal()).stream().map(TreeAccount::of)
                .toList();
        return paging.respondWith(all);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an account")
    public TreeAccount get(@PathParam("id") String id) {
        UUID accountId = Ids.require(id, NOT_FOUND);
        return tenancy.accountsWithOwners(currentUser.principal()).stream()
                .filter(owned -> owned.account().id.equals(accountId)).findFirst().map(TreeAccount::of)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @GET
    @Path("/{id}/teams")
    @Operation(summary = "List an account's teams")
    public RestResponse<List<TreeTeam>> teams(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        Principal principal = currentUser.principal();
        UUID accountId = Ids.require(id, NOT_FOUND);
        access.membership(principal, accountId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        List<TreeTeam> all = access.teams(principal, accountId).stream().map(TreeTeam::of).toList();
        return paging.respondWith(all);
    }
}

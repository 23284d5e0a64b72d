package io.proofline.api.workflow;

import java.util.List;

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
import io.proofline.system.Times;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Account;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.TenancyService;
import io.quarkus.security.Authenticated;

/** Accounts, called companies on the workflow face; a {@code companyUID} is the seed's {@code clientUID}. */
@Path("/api/v1/company")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TenancyService tenancy;

    @Inject
    Access access;

    public record CompanyRequest(String name) {
    }

    public record CompanyView(String companyUID, String name, String role, String created) {
    }

    @GET
    @Operation(summary = "List the caller's companies")
    public Envelope<List<CompanyView>> list() {
        Principal principal = currentUser.principal();
        return Envelope.get(tenancy
                .companies(principal).stream().map(company -> new CompanyView(company.account().id.toString(),
                        company.account().name, company.role().name(), Times.workflow(company.account().createdAt)))
                .toList());
    }

    @POST
    @Operation(summary = "Create a company", description = "The caller becomes its owner.")
    public Envelope<CompanyView> create(CompanyRequest request) {
        Account account = tenancy.createAccount(currentUser.principal(), request == null ? null : request.name());
        return Envelope
                .post(new CompanyView(account.id.toString(), account.name, "OWNER", Times.workflow(account.createdAt)));
    }
}

package io.proofline.api.tree;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.project.Project;
import io.proofline.project.ProjectInput;
import io.proofline.project.ProjectService;
import io.proofline.system.Ids;
import io.proofline.system.NotFoundException;
import io.proofline.system.Validator;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Account;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.Team;
import io.quarkus.security.Authenticated;

/** {@code /v2/teams}: the caller's teams and their projects. */
@Path("/v2/teams")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    static final String NOT_FOUND = "Team not found.";
    static final int MAX_PROJECT_NAME_LENGTH = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    Access access;

    @Inject
    ProjectService projects;

    /** The body of {@code POST /v2/teams/{id}/projects}. */
    public record CreateProjectRequest(String name, @JsonProperty("private") Boolean privateProject) {
    }

    /** Every team the caller sees, across accounts. */
    @GET
    @Operation(summary = "List the caller's teams", description = "Every team the caller sees, across accounts.")
    public RestResponse<List<TreeTeam>> list(@QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        List<TreeTeam> all = access.teams(currentUser.principal(), null).stream().map(TreeTeam::of).toList();
        return paging.respondWith(all);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a team")
    public TreeTeam get(@PathParam("id") String id) {
        return TreeTeam.of(team(currentUser.principal(), id));
    }

    @GET
    @Path("/{id}/projects")
    @Operation(summary = "List a team's projects")
    public RestResponse<List<TreeProject>> projects(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        Principal principal = currentUser.principal();
        Team team = team(principal, id);
        List<Project> found = projects.inTeam(principal, team.id, paging.page(), paging.pageSize());
        long total = projects.countInTeam(principal, team.id);
        return paging.respond(found.stream().map(project -> TreeProject.of(project, team)).toList(), total);
    }

    /** Creates a project in the team; the caller becomes its owner. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/projects")
    @ResponseStatus(201)
    @Operation(summary = "Create a project in a team", description = "The caller becomes its owner.")
    public TreeProject createProject(@PathParam("id") String id, CreateProjectRequest request) {
        CreateProjectRequest body = request == null ? new CreateProjectRequest(null, null) : request;
        new Validator().required("name", body.name()).maxLength("name", body.name(), MAX_PROJECT_NAME_LENGTH)
                .throwIfInvalid();
        Principal principal = currentUser.principal();
        Team team = team(principal, id);
        Account account = access.account(principal, team.accountId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        ProjectInput input = new ProjectInput(body.name().trim(), null, null, null, null, null, List.of(), null,
                List.of(principal.userId()), Boolean.TRUE.equals(body.privateProject()));
        Project project = projects.create(principal, account, team, input);
        return TreeProject.of(project, team);
    }

    private Team team(Principal principal, String id) {
        UUID teamId = Ids.require(id, NOT_FOUND);
        return access.team(principal, teamId).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}

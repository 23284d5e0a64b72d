package io.proofline.api.tree;

import java.util.List;
import java.util.Map;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.project.Project;
import io.proofline.project.ProjectService;
import io.proofline.review.ReviewLinkService;
import io.proofline.system.Ids;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.Team;
import io.quarkus.security.Authenticated;

/** {@code /v2/projects}: one project, the projects shared with the caller, and a project's review links. */
@Path("/v2/projects")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ProjectService projects;

    @Inject
    Access access;

    @Inject
    ReviewLinkService reviewLinks;

    /** Projects the caller collaborates on without being in their team. */
    @GET
    @Path("/shared")
    @Operation(summary = "List the projects shared with the caller", description = "Projects the caller collaborates on without being in their team.")
    public RestResponse<List<TreeProject>> shared(@QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        Principal principal = currentUser.principal();
        List<Project> found = projects.shared(principal, paging.page(), paging.pageSize());
        return paging.respond(withTeams(found), projects.countShared(principal));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a project")
    public TreeProject get(@PathParam("id") String id) {
        Project project = projects.get(currentUser.principal(), Ids.require(id, ProjectService.NOT_FOUND));
        return withTeams(List.of(project)).get(0);
    }

    /** The project's live review links, oldest first. */
    @GET
    @Path("/{id}/review_links")
    @Operation(summary = "List a project's review links", description = "The live links, oldest first.")
    public RestResponse<List<TreeReviewLink>> reviewLinks(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("page_size") String pageSize) {
        Paging paging = Paging.of(page, pageSize);
        Principal principal = currentUser.principal();
        UUID projectId = Ids.require(id, ProjectService.NOT_FOUND);
        List<TreeReviewLink> found = reviewLinks.list(principal, projectId, paging.page(), paging.pageSize()).stream()
                .map(listed -> TreeReviewLink.of(listed, reviewLinks.shortUrl(listed.link()))).toList();
        return paging.respond(found, reviewLinks.count(principal, projectId));
    }

    /** A new review link; only {@code name} is required, the other settings take the seed's defaults. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/review_links")
    @ResponseStatus(201)
    @Operation(summary = "Create a review link", description = "Only name is required; the other settings take their defaults.")
    public TreeReviewLink createReviewLink(@PathParam("id") String id,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewLinkBody.Fields.class))) JsonNode body) {
        UUID projectId = Ids.require(id, ProjectService.NOT_FOUND);
        ReviewLinkService.Listed created = reviewLinks.create(currentUser.principal(), projectId,
                ReviewLinkBody.settings(body));
        return TreeReviewLink.of(created, reviewLinks.shortUrl(created.link()));
    }

    /** Maps projects that may come from several teams, naming each project's team with one query. */
    private List<TreeProject> withTeams(List<Project> found) {
        Map<UUID, Team> teams = access.teamsOf(found.stream().map(project -> project.teamId).toList());
        return found.stream().map(project -> TreeProject.of(project, teams.get(project.teamId))).toList();
    }
}

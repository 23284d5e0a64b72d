package io.proofline.api.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.asset.Asset;
import io.proofline.auth.CurrentUser;
import io.proofline.media.rendition.Renditions;
import io.proofline.project.Project;
import io.proofline.project.ProjectInput;
import io.proofline.project.ProjectQuery;
import io.proofline.project.ProjectService;
import io.proofline.project.ProjectState;
import io.proofline.refdoc.ReferenceDocument;
import io.proofline.refdoc.ReferenceDocumentService;
import io.proofline.review.ReviewStatusCounts;
import io.proofline.review.ReviewTaskService;
import io.proofline.system.Ids;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.Validator;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Account;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.TenancyService;
import io.quarkus.security.Authenticated;

@Path("/api/v1/project")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Renditions renditions;

    @Inject
    ProjectService projects;

    @Inject
    TenancyService tenancy;

    @Inject
    Access access;

    @Inject
    ReferenceDocumentService referenceDocuments;

    @Inject
    ReviewTaskService tasks;

    @Inject
    ReviewStatusCounts reviewStatus;

    public record StateRequest(String projectUID, String state) {
    }

    @GET
    @Operation(summary = "Get a list of projects", description = "One project by ProjectUID, or the projects in the given States matching Query; optionally with their assets, tasks and reference documents.")
    public Envelope<List<ProjectView>> list(@QueryParam("ProjectUID") String projectUID,
            @QueryParam("States") String states, @QueryParam("Query") String query,
            @QueryParam("IsLoadAssets") @DefaultValue("false") String loadAssets,
            @QueryParam("IsLoadLastVerAssets") @DefaultValue("true") String loadLastVersionAssets,
            @QueryParam("IsLoadTasks") @DefaultValue("false") String loadTasks,
            @QueryParam("IsLoadRefDocs") @DefaultValue("false") String loadRefDocs) {
        Validator validator = new Validator().maxLength("Query", query, 200);
        boolean withAssets = flag(validator, "IsLoadAssets", loadAssets);
        boolean newestVersionsOnly = flag(validator, "IsLoadLastVerAssets", loadLastVersionAssets);
        boolean withTasks = flag(validator, "IsLoadTasks", loadTasks);
        boolean withRefDocs = flag(validator, "IsLoadRefDocs", loadRefDocs);
        boolean byId = projectUID != null && !projectUID.isBlank();
        Set<ProjectState> stateSet = parseStates(validator, states, byId);
        validator.throwIfInvalid();
        UUID projectId = byId ? Ids.require(projectUID, ProjectService.NOT_FOUND) : null;
        Principal principal = currentUser.principal();
        List<Project> found = projects.list(principal, new ProjectQuery(projectId, stateSet, query));
        if (projectId != null && found.isEmpty() && projects.find(principal, projectId).isEmpty()) {
            throw new NotFoundException(ProjectService.NOT_FOUND);
        }
        Map<UUID, List<AssetView>> assets = withAssets ? assetsOf(found, newestVersionsOnly) : Map.of();
        Map<UUID, List<RefDocView>> refDocs = withRefDocs ? refDocsOf(found) : Map.of();
        Map<UUID, List<TaskView>> openTasks = withTasks ? tasksOf(found) : Map.of();
        Map<UUID, ReviewStatusCounts.Counts> counts = reviewStatus
                .ofProjects(found.stream().map(project -> project.id).toList());
        return Envelope.get(found.stream()
                .map(project -> view(project, counts.get(project.id),
                        withAssets ? assets.getOrDefault(project.id, List.of()) : null,
                        withTasks ? openTasks.getOrDefault(project.id, List.of()) : null,
                        withRefDocs ? refDocs.getOrDefault(project.id, List.of()) : null))
                .toList());
    }

    @POST
    @Operation(summary = "Create new project")
    public Envelope<ProjectView> create(ProjectRequest request) {
        ProjectRequest body = request == null ? emptyRequest() : request;
        Validator validator = new Validator();
        if (body.clientUID() != null && Ids.parse(body.clientUID()).isEmpty()) {
            validator.add("clientUID", "'clientUID' is not a valid id.");
        }
        ProjectInput input = input(validator, body);
        Principal principal = currentUser.principal();
        Account account = body.clientUID() == null ? tenancy.defaultAccount(principal)
                : access.account(principal, UUID.fromString(body.clientUID().trim()))
                        .orElseThrow(() -> new NotFoundException("Company not found."));
        Project project = projects.create(principal, account, tenancy.defaultTeam(account.id), input);
        return Envelope.post(view(project, counts(project), null, null, null));
    }

    @PUT
    @Operation(summary = "Edit existing project", description = "The project is named by projectUID in the body or ProjectUID in the query string.")
    public Envelope<ProjectView> update(ProjectRequest request, @QueryParam("ProjectUID") String queryProjectUID) {
        ProjectRequest body = request == null ? emptyRequest() : request;
        String projectUID = body.projectUID() != null ? body.projectUID() : queryProjectUID;
        Validator validator = new Validator().required("projectUID", projectUID);
        ProjectInput input = input(validator, body);
        UUID projectId = Ids.require(projectUID, ProjectService.NOT_FOUND);
        Project project = projects.update(currentUser.principal(), projectId, input);
        return Envelope.put(view(project, counts(project), null, null, null));
    }

    @DELETE
    @Operation(summary = "Delete a project", description = "Only a Completed or Archived project can be deleted.")
    public Envelope<Void> delete(@QueryParam("ProjectUID") String projectUID) {
        new Validator().required("ProjectUID", projectUID).throwIfInvalid();
        projects.delete(currentUser.principal(), Ids.require(projectUID, ProjectService.NOT_FOUND));
        return Envelope.delete(null);
    }

    @PUT
    @Path("/state")
    @Operation(summary = "Change project's state", description = "Active, OnHold, Completed or Archived, following the state rules.")
    public Envelope<ProjectView> changeState(StateRequest request, @QueryParam("ProjectUID") String queryProjectUID,
            @QueryParam("State") String queryState) {
        String projectUID = request != null && request.projectUID() != null ? request.projectUID() : queryProjectUID;
        String state = request != null && request.state() != null ? request.state() : queryState;
        Validator validator = new Validator().required("projectUID", projectUID).required("state", state);
        ProjectState target = null;
        if (state != null && !state.isBlank()) {
            target = ProjectState.parse(state).orElse(null);
            if (target == null) {
                validator.add("state", "'state' must be one of Active, OnHold, Completed, Archived.");
            }
        }
        validator.throwIfInvalid();
        Project project = projects.changeState(currentUser.principal(),
                Ids.require(projectUID, ProjectService.NOT_FOUND), target);
        return Envelope.put(view(project, counts(project), null, null, null));
    }

    private static ProjectRequest emptyRequest() {
        return new ProjectRequest(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Validates a create/edit body against the seed's limits and parses it. */
    static ProjectInput input(Validator validator, ProjectRequest body) {
        validator.required("projectName", body.projectName()).maxLength("projectName", body.projectName(), 100)
                .maxLength("customer", body.customer(), 50).maxLength("project", body.project(), 50)
                .maxLength("design", body.design(), 50).maxLength("revision", body.revision(), 50)
                .maxLength("description", body.description(), 200).maxItems("tags", body.tags(), 20)
                .required("projectOwnersUIDS", body.projectOwnersUIDS())
                .maxItems("projectOwnersUIDS", body.projectOwnersUIDS(), 20);
        List<String> tags = body.tags() == null ? List.of() : body.tags();
        for (String tag : tags) {
            if (tag == null || tag.isBlank()) {
                validator.add("tags", "'tags' must not contain empty tags.");
            } else {
                validator.maxLength("tags", tag, 25);
            }
        }
        Instant dueDate = null;
        if (body.dueDate() != null && !body.dueDate().isBlank()) {
            dueDate = Times.parseDateOrDateTime(body.dueDate()).orElse(null);
            if (dueDate == null) {
                validator.add("dueDate", "'dueDate' must be an ISO 8601 date or date-time.");
            }
        }
        List<UUID> owners = new ArrayList<>();
        for (String owner : body.projectOwnersUIDS() == null ? List.<String> of() : body.projectOwnersUIDS()) {
            Ids.parse(owner).ifPresentOrElse(owners::add,
                    () -> validator.add("projectOwnersUIDS", "'projectOwnersUIDS' contains an invalid id: " + owner));
        }
        validator.throwIfInvalid();
        return new ProjectInput(body.projectName().trim(), trimToNull(body.customer()), trimToNull(body.project()),
                trimToNull(body.design()), trimToNull(body.revision()), trimToNull(body.description()),
                tags.stream().map(String::trim).toList(), dueDate, owners.stream().distinct().toList(), false);
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static boolean flag(Validator validator, String name, String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if (!"false".equalsIgnoreCase(value)) {
            validator.add(name, "'" + name + "' must be true or false.");
        }
        return false;
    }

    /**
     * The States filter. Without it a list shows the seed's default states, but a project asked for by id is found in
     * any state: an archived project is not "not found".
     */
    private static Set<ProjectState> parseStates(Validator validator, String states, boolean byId) {
        if (states == null || states.isBlank()) {
            return byId ? EnumSet.allOf(ProjectState.class) : ProjectQuery.DEFAULT_STATES;
        }
        Set<ProjectState> parsed = EnumSet.noneOf(ProjectState.class);
        for (String part : states.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            ProjectState.parse(part).ifPresentOrElse(parsed::add,
                    () -> validator.add("States", "'States' contains an unknown state: " + part.trim()));
        }
        if (parsed.isEmpty() && !validator.hasErrors()) {
            return ProjectQuery.DEFAULT_STATES;
        }
        return parsed;
    }

    /** The file assets of the listed projects, in one query. */
    private Map<UUID, List<AssetView>> assetsOf(List<Project> found, boolean newestVersionsOnly) {
        List<UUID> ids = found.stream().map(project -> project.id).toList();
        Map<UUID, List<AssetView>> byProject = new HashMap<>();
        List<Asset> files = projects.files(ids, newestVersionsOnly);
        Map<UUID, ReviewStatusCounts.Counts> counts = reviewStatus
                .ofAssets(files.stream().map(file -> file.id).toList());
        for (Asset file : files) {
            byProject.computeIfAbsent(file.projectId, id -> new ArrayList<>())
                    .add(AssetView.of(file, renditions, counts.get(file.id)));
        }
        return byProject;
    }

    /** The reference documents of the listed projects, in one query. */
    private Map<UUID, List<RefDocView>> refDocsOf(List<Project> found) {
        Map<UUID, List<RefDocView>> byProject = new HashMap<>();
        for (ReferenceDocument document : referenceDocuments
                .ofProjects(found.stream().map(project -> project.id).toList())) {
            byProject.computeIfAbsent(document.projectId, id -> new ArrayList<>()).add(RefDocView.of(document));
        }
        return byProject;
    }

    /** The open tasks of the listed projects (the seed's "active tasks"), in two queries. */
    private Map<UUID, List<TaskView>> tasksOf(List<Project> found) {
        Map<UUID, List<TaskView>> byProject = new HashMap<>();
        UUID viewer = currentUser.principal().userId();
        tasks.openOf(found.stream().map(project -> project.id).toList()).forEach((projectId, listed) -> byProject
                .put(projectId, listed.stream().map(task -> TaskView.of(task, tasks, viewer)).toList()));
        return byProject;
    }

    private ReviewStatusCounts.Counts counts(Project project) {
        return reviewStatus.ofProjects(List.of(project.id)).get(project.id);
    }

    static ProjectView view(Project project, ReviewStatusCounts.Counts counts, List<AssetView> assets,
            List<TaskView> tasks, List<RefDocView> refDocs) {
        return new ProjectView(project.id.toString(), project.accountId.toString(), project.name, project.state.name(),
                project.customer, project.product, project.design, project.revision, project.description,
                List.copyOf(project.tags), Times.workflow(project.dueDate),
                project.ownerIds.stream().map(UUID::toString).toList(), ProjectView.ReviewStatus.of(counts),
                Times.workflow(project.createdAt), assets, tasks, refDocs);
    }

}

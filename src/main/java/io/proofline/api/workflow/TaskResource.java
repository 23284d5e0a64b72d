package io.proofline.api.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

import io.proofline.api.common.OpenApiDefinition;
import io.proofline.auth.CurrentUser;
import io.proofline.project.ProjectService;
import io.proofline.review.Decisions;
import io.proofline.review.MailLanguage;
import io.proofline.review.ReviewTaskService;
import io.proofline.system.Ids;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/** The workflow seed's review tasks, plus the list and delete it implies (DESIGN.md). */
@Path("/api/v1/task")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    static final int MAX_PASSWORD_LENGTH = 72;
    static final int MAX_SUBJECT_LENGTH = 255;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewTaskService tasks;

    /** A task for an account user of the project's company. */
    @POST
    @Path("review_asset")
    @Operation(summary = "Create a Review Asset Task for a user", description = "A task for a user of the project's company, on a list of the project's assets, with optional due date and comment.")
    public Envelope<TaskView> reviewAsset(TaskRequest request) {
        TaskRequest body = request == null ? empty() : request;
        Validator validator = new Validator().required("userUID", body.userUID());
        ReviewTaskService.Draft draft = draft(validator, body);
        validator.throwIfInvalid();
        UUID userId = Ids.parse(body.userUID())
                .orElseThrow(() -> new StateRuleException("User with UID [" + body.userUID().trim() + "] not found."));
        return Envelope.post(TaskView.of(tasks.createInternal(currentUser.principal(), draft, userId), tasks,
                currentUser.principal().userId()));
    }

    /** A task for someone without an account: mailed a link to a review session. */
    @POST
    @Path("review_asset_ext")
    @Operation(summary = "Create an External Review Asset Task", description = "A task for someone who does not have an account: they are mailed a link to a review session.")
    public Envelope<TaskView> reviewAssetExternal(TaskRequest request) {
        TaskRequest body = request == null ? empty() : request;
        Validator validator = new Validator().required("email", body.email()).maxLength("email", body.email(), 320)
                .maxLength("name", body.name(), 255).maxLength("password", body.password(), MAX_PASSWORD_LENGTH)
                .bcryptPassword("password", body.password())
                .maxLength("emailSubject", body.emailSubject(), MAX_SUBJECT_LENGTH);
        validator.email("email", body.email());
        noControlCharacters(validator, "name", body.name());
        noControlCharacters(validator, "password", body.password());
        // a line break in a subject would start a new mail header
        noControlCharacters(validator, "emailSubject", body.emailSubject());
        if (body.password() != null && body.password().isEmpty()) {
            validator.add("password", "'password' must not be empty when given.");
        }
        MailLanguage language = MailLanguage.English;
        if (body.emailLanguage() != null && !body.emailLanguage().isBlank()) {
            language = MailLanguage.parse(body.emailLanguage()).orElse(null);
            if (language == null) {
                validator.add("emailLanguage",
                        "'emailLanguage' must be one of English, German, French, Polish, Spanish, Hebrew, Ukrainian.");
            }
        }
        ReviewTaskService.Draft draft = draft(validator, body);
        validator.throwIfInvalid();
        ReviewTaskService.External external = new ReviewTaskService.External(body.email().trim(),
                blankToNull(body.name()), body.password(), blankToNull(body.emailSubject()), language,
                Boolean.TRUE.equals(body.isAllowDownloadAssets()), Boolean.TRUE.equals(body.isReadOnly()));
        return Envelope.post(TaskView.of(tasks.createExternal(currentUser.principal(), draft, external), tasks,
                currentUser.principal().userId()));
    }

    /** The project's tasks, open and completed, oldest first. */
    @GET
    @Operation(summary = "List a project's tasks", description = "Open and completed, oldest first.")
    public Envelope<List<TaskView>> list(@RestQuery("ProjectUID") String projectUID) {
        new Validator().required("ProjectUID", projectUID).throwIfInvalid();
        UUID projectId = Ids.require(projectUID, ProjectService.NOT_FOUND);
        return Envelope.get(tasks.list(currentUser.principal(), projectId).stream()
                .map(listed -> TaskView.of(listed, tasks, currentUser.principal().userId())).toList());
    }

    @DELETE
    @Operation(summary = "Delete a task")
    public Envelope<Void> delete(@RestQuery("TaskUID") String taskUID) {
        new Validator().required("TaskUID", taskUID).throwIfInvalid();
        tasks.delete(currentUser.principal(), Ids.require(taskUID, ReviewTaskService.NOT_FOUND));
        return Envelope.delete(null);
    }

    /**
     * The fields both kinds share. Checked in the seed's order: the body (400), then the project (404), its state
     * (412), the user (412), the assets (404).
     */
    private static ReviewTaskService.Draft draft(Validator validator, TaskRequest body) {
        validator.required("projectUID", body.projectUID()).required("assetUIDs", body.assetUIDs())
                .maxItems("assetUIDs", body.assetUIDs(), ReviewTaskService.MAX_ASSETS)
                .maxLength("comment", body.comment(), Decisions.MAX_COMMENT_LENGTH);
        List<UUID> assetIds = new ArrayList<>();
        for (String assetUID : body.assetUIDs() == null ? List.<String> of() : body.assetUIDs()) {
            Ids.parse(assetUID).ifPresentOrElse(assetIds::add,
                    () -> validator.add("assetUIDs", "'assetUIDs' contains an invalid id: " + assetUID));
        }
        Instant dueDate = null;
        if (body.dueDate() != null && !body.dueDate().isBlank()) {
            dueDate = Times.parseDateOrDateTime(body.dueDate()).orElse(null);
            if (dueDate == null) {
                validator.add("dueDate", "'dueDate' must be an ISO 8601 date or date-time.");
            }
        }
        if (validator.hasErrors()) {
            return null;
        }
        return new ReviewTaskService.Draft(Ids.require(body.projectUID(), ProjectService.NOT_FOUND), assetIds, dueDate,
                blankToNull(body.comment()));
    }

    private static void noControlCharacters(Validator validator, String name, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            validator.add(name, "'" + name + "' must not contain control characters.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static TaskRequest empty() {
        return new TaskRequest(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

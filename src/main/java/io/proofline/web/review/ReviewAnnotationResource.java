package io.proofline.web.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.proofline.annotation.Annotation;
import io.proofline.annotation.AnnotationService;
import io.proofline.annotation.Shape;
import io.proofline.asset.AssetService;
import io.proofline.review.ExternalReviewer;
import io.proofline.system.ForbiddenException;
import io.proofline.system.Ids;
import io.proofline.system.Times;
import io.proofline.system.Validator;

/**
 * The review page's annotations as JSON, {@code /r/{token}/annotations} and {@code /t/{token}/annotations}: the viewer
 * reads and writes through these, as the external reviewer of the session. Writes carry the session's CSRF token in
 * {@value #CSRF_HEADER}. Errors are {@code {"error": "..."}} with the annotation feature's 4xx status.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ReviewAnnotationResource {

    /** The gate of this kind of review (each kind's subclass has its path). */
    protected abstract ReviewGate gate();

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String REVIEWER_UNKNOWN = "Give your name and email before you comment.";

    @Inject
    ReviewPasswords passwords;

    @Inject
    ReviewAssets assets;

    @Inject
    AnnotationService annotations;

    /** The body of a new annotation ({@code shape}) or reply ({@code parentUID}), or of an edit. */
    public record Body(String assetUID, Integer page, String text, String parentUID, JsonNode shape) {
    }

    /** An annotation or reply as the viewer shows it; {@code mine} says whether the reviewer may edit it. */
    public record View(String annotationUID, String parentUID, int page, Map<String, Object> shape, String text,
            String author, String created, String updated, boolean mine, List<View> replies) {
    }

    @GET
    public List<View> list(@PathParam("token") String token, @RestCookie(ReviewSessions.COOKIE) String cookie,
            @RestQuery("asset") String assetUID) {
        Review review = review(token, cookie, null, false);
        UUID assetId = Ids.require(assetUID, AssetService.NOT_FOUND);
        assets.requireShown(review, assetId);
        AnnotationService.Listing listing = annotations.list(review.reviewer(), assetId);
        return listing.threads().stream().map(thread -> view(review.reviewer(), thread.annotation(),
                listing.authorName(thread.annotation()),
                thread.replies().stream()
                        .map(reply -> view(review.reviewer(), reply, listing.authorName(reply), List.of())).toList()))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("token") String token, @RestCookie(ReviewSessions.COOKIE) String cookie,
            @HeaderParam(CSRF_HEADER) String csrf, Body body) {
        Review review = review(token, cookie, csrf, true);
        Body request = body == null ? new Body(null, null, null, null, null) : body;
        Validator validator = new Validator().required("assetUID", request.assetUID());
        UUID parentId = null;
        Shape shape = null;
        if (request.parentUID() != null) {
            parentId = Ids.parse(request.parentUID()).orElse(null);
            if (parentId == null) {
                validator.add("parentUID", "'parentUID' is not a valid id.");
            }
            if (request.shape() != null && !request.shape().isNull()) {
                validator.add("shape", "A reply has no shape.");
            }
        } else {
            shape = Shape.parse(request.shape(), validator);
        }
        validator.throwIfInvalid();
        UUID assetId = Ids.require(request.assetUID(), AssetService.NOT_FOUND);
        assets.requireShown(review, assetId);
        Annotation created = annotations.create(review.reviewer(),
                new AnnotationService.Draft(assetId, request.page(), request.text(), parentId, shape));
        return Response.status(201).entity(view(review.reviewer(), created, writer(review, created), List.of()))
                .build();
    }

    @PUT
    @Path("{annotationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public View edit(@PathParam("token") String token, @PathParam("annotationId") String annotationId,
            @RestCookie(ReviewSessions.COOKIE) String cookie, @HeaderParam(CSRF_HEADER) String csrf, Body body) {
        Review review = review(token, cookie, csrf, true);
        Body request = body == null ? new Body(null, null, null, null, null) : body;
        Validator validator = new Validator();
        Shape shape = request.shape() == null || request.shape().isNull() ? null
                : Shape.parse(request.shape(), validator);
        validator.throwIfInvalid();
        Annotation edited = annotations.edit(review.reviewer(), annotationUuid(annotationId),
                new AnnotationService.Edit(request.text(), shape));
        return view(review.reviewer(), edited, writer(review, edited), List.of());
    }

    @DELETE
    @Path("{annotationId}")
    public Response delete(@PathParam("token") String token, @PathParam("annotationId") String annotationId,
            @RestCookie(ReviewSessions.COOKIE) String cookie, @HeaderParam(CSRF_HEADER) String csrf) {
        Review review = review(token, cookie, csrf, true);
        annotations.delete(review.reviewer(), annotationUuid(annotationId));
        return Response.noContent().build();
    }

    /** The review of a browser past the gate whose reviewer is known; writes also need the CSRF token. */
    private Review review(String token, String cookie, String csrf, boolean write) {
        Opened opened = gate().open(token, cookie);
        ReviewSession session = passwords.requirePassed(opened);
        if (write && !ReviewSessions.csrfMatches(session, csrf)) {
            throw new ForbiddenException(ReviewPasswords.NO_SESSION);
        }
        Review review = opened.review();
        if (!review.knowsReviewer()) {
            throw new ForbiddenException(REVIEWER_UNKNOWN);
        }
        if (write && !review.canAnnotate()) {
            throw new ForbiddenException(AnnotationService.READ_ONLY_REVIEW);
        }
        return review;
    }

    /**
     * The name on what the reviewer just wrote: a task's assignee writes as their user, whose name is not stored on it.
     */
    private static String writer(Review review, Annotation written) {
        return written.authorName != null ? written.authorName : review.reviewer().name();
    }

    private static UUID annotationUuid(String annotationId) {
        return Ids.require(annotationId, AnnotationService.NOT_FOUND);
    }

    private static View view(ExternalReviewer reviewer, Annotation annotation, String author, List<View> replies) {
        return new View(annotation.id.toString(), annotation.parentId == null ? null : annotation.parentId.toString(),
                annotation.page, annotation.shape() == null ? null : annotation.shape().toMap(), annotation.text,
                author, Times.iso(annotation.createdAt), Times.iso(annotation.updatedAt),
                AnnotationService.isAuthor(reviewer, annotation), replies);
    }
}

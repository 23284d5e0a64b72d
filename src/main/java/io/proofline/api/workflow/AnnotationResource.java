package io.proofline.api.workflow;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.annotation.AnnotationService;
import io.proofline.annotation.Shape;
import io.proofline.annotation.W3cAnnotations;
import io.proofline.api.common.OpenApiDefinition;
import io.proofline.asset.AssetService;
import io.proofline.auth.CurrentUser;
import io.proofline.system.Ids;
import io.proofline.system.Validator;
import io.quarkus.security.Authenticated;

/** The workflow seed's annotations, with the request shape and W3C export of DESIGN.md. */
@Path("/api/v1/annotation")
@Authenticated
@SecurityRequirement(name = OpenApiDefinition.BEARER)
@SecurityRequirement(name = OpenApiDefinition.API_KEY)
@Produces(MediaType.APPLICATION_JSON)
public class AnnotationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AnnotationService annotations;

    @Inject
    W3cAnnotations w3c;

    @Inject
    ObjectMapper json;

    public record Created(String annotationUID) {
    }

    /** The asset's annotations, oldest first, each with its replies, oldest first. */
    @GET
    @Operation(summary = "List an asset's annotations", description = "Oldest first, each with its replies.")
    public Envelope<List<AnnotationView>> list(@RestQuery("AssetUID") String assetUID) {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        return Envelope.get(AnnotationView.of(annotations.list(currentUser.principal(), assetId(assetUID))));
    }

    @POST
    @Operation(summary = "Create an annotation or a reply", description = "An annotation has a shape on a page; a reply names its parentUID and has no shape.")
    public Envelope<Created> create(AnnotationRequest request) {
        AnnotationRequest body = request == null ? empty() : request;
        Validator validator = new Validator().required("assetUID", body.assetUID());
        boolean reply = body.parentUID() != null;
        Shape shape = null;
        UUID parentId = null;
        if (reply) {
            parentId = Ids.parse(body.parentUID()).orElse(null);
            if (parentId == null) {
                validator.add("parentUID", "'parentUID' is not a valid id.");
            }
            if (body.shape() != null && !body.shape().isNull()) {
                validator.add("shape", "A reply has no shape.");
            }
        } else {
            shape = shape(body.shape(), true, validator);
        }
        if (body.annotationUID() != null) {
            validator.add("annotationUID", "'annotationUID' is assigned by the server; use PUT to edit.");
        }
        validator.throwIfInvalid();
        var created = annotations.create(currentUser.principal(),
                new AnnotationService.Draft(assetId(body.assetUID()), body.page(), body.text(), parentId, shape));
        return Envelope.post(new Created(created.id.toString()));
    }

    /**
     * Edits the text and/or shape of the caller's own annotation (the id in the body or as AnnotationUID); answers the
     * annotation as edited, without its replies.
     */
    @PUT
    @Operation(summary = "Edit an annotation", description = "The text and/or shape of the caller's own annotation, named by annotationUID in the body or AnnotationUID in the query string.")
    public Envelope<AnnotationView> edit(AnnotationRequest request,
            @RestQuery("AnnotationUID") String queryAnnotationUID) {
        AnnotationRequest body = request == null ? empty() : request;
        String annotationUID = body.annotationUID() != null ? body.annotationUID() : queryAnnotationUID;
        Validator validator = new Validator().required("annotationUID", annotationUID);
        Shape shape = shape(body.shape(), false, validator);
        validator.throwIfInvalid();
        UUID id = annotationId(annotationUID);
        annotations.edit(currentUser.principal(), id, new AnnotationService.Edit(body.text(), shape));
        AnnotationService.Listing edited = annotations.one(currentUser.principal(), id);
        return Envelope.put(AnnotationView.of(edited, edited.threads().get(0).annotation(), null));
    }

    /** Deletes the caller's own annotation and its replies. */
    @DELETE
    @Operation(summary = "Delete an annotation and its replies", description = "Only the caller's own.")
    public Envelope<Void> delete(@RestQuery("AnnotationUID") String annotationUID) {
        new Validator().required("AnnotationUID", annotationUID).throwIfInvalid();
        annotations.delete(currentUser.principal(), annotationId(annotationUID));
        return Envelope.delete(null);
    }

    /** The asset's annotations and replies as a W3C AnnotationCollection (bare JSON-LD, no envelope). */
    @GET
    @Path("w3c")
    @Produces({ W3cAnnotations.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Export an asset's annotations as W3C Web Annotations", description = "An AnnotationCollection in JSON-LD, without the envelope.")
    public Response w3c(@RestQuery("AssetUID") String assetUID) throws JsonProcessingException {
        new Validator().required("AssetUID", assetUID).throwIfInvalid();
        return jsonLd(w3c.collection(annotations.list(currentUser.principal(), assetId(assetUID))));
    }

    /** One annotation or reply as a W3C Annotation: what the ids in the collection name. */
    @GET
    @Path("w3c/{annotationUID}")
    @Produces({ W3cAnnotations.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Export one annotation as a W3C Web Annotation")
    public Response w3cOne(@PathParam("annotationUID") String annotationUID) throws JsonProcessingException {
        AnnotationService.Listing listing = annotations.one(currentUser.principal(), annotationId(annotationUID));
        return jsonLd(w3c.annotation(listing, listing.threads().get(0).annotation()));
    }

    /** Written here: the JSON writer is registered for application/json, not for JSON-LD's profile. */
    private Response jsonLd(Map<String, Object> body) throws JsonProcessingException {
        return Response.ok(json.writeValueAsString(body)).type(W3cAnnotations.MEDIA_TYPE).build();
    }

    /** The shape when one was sent; a missing one is an error where it is required. */
    private static Shape shape(JsonNode node, boolean required, Validator validator) {
        if (node == null || node.isNull()) {
            if (required) {
                validator.add("shape", "'shape' must not be empty.");
            }
            return null;
        }
        return Shape.parse(node, validator);
    }

    private static AnnotationRequest empty() {
        return new AnnotationRequest(null, null, null, null, null, null);
    }

    private static UUID assetId(String assetUID) {
        return Ids.require(assetUID, AssetService.NOT_FOUND);
    }

    private static UUID annotationId(String annotationUID) {
        return Ids.require(annotationUID, AnnotationService.NOT_FOUND);
    }
}

package io.proofline.api.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of POST and PUT /api/v1/annotation (DESIGN.md): {@code {assetUID, page, text, parentUID?, shape}} to create,
 * {@code {annotationUID, text?, shape?}} to edit. The shape stays a JSON tree until the annotation feature reads it, so
 * that each of its fields gets its own message.
 */
public record AnnotationRequest(String annotationUID, String assetUID, Integer page, String text, String parentUID,
        JsonNode shape) {
}

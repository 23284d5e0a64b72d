package io.proofline.api.workflow;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of POST and PUT /api/v1/annotation (DESIGN.md): {@code {assetUID, page, text, parentUID?, shape}} to create,
 * {@code {annotationUID, text?, shape?}} to edit. The shape stays a JSON tree until the annotation feature reads it, so
 * that each of its fields gets its own message.
 */
public record AnnotationRequest(String annotationUID, String assetUID, Integer page, String text, String parentUID,
        @Schema(implementation = ShapeFields.class) JsonNode shape) {

    /** The shape's fields, for the API document only ({@link io.proofline.annotation.Shape} reads them). */
    @Schema(name = "Shape", description = "Coordinates 0-1 from the page's top-left. point: x, y; rect, circle: x, y (top-left), w, h; "
            + "arrow: tail x, y, head x+w, y+h; line: x1, y1, x2, y2; freehand: points [[x, y], ...]. A reply has none.")
    public record ShapeFields(@Schema(required = true, enumeration = {
            "point", "circle", "rect", "arrow", "line", "freehand" }) String type, Double x, Double y, Double w,
            Double h, Double x1, Double y1, Double x2, Double y2, List<List<Double>> points){
    }
}

package io.proofline.api.tree;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.proofline.annotation.Shape;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;

/**
 * Reads the JSON body of a /v2 comment call: {@code text}, {@code annotation}, {@code page} and {@code timestamp}
 * (Frame.io's names; other fields are ignored, as Frame.io ignores them). Any other type than documented is a 422
 * naming the field.
 * <p>
 * {@code annotation} is Frame.io's serialized drawing: a JSON string holding an array of drawing objects, each with a
 * {@code tool} and coordinates normalised to 0–1 from the top-left, the same system as our shapes. Tool {@code rect}
 * ({@code x, y, w, h}), {@code arrow} ({@code x, y, w, h}, tail to head) and {@code line} ({@code x1, y1, x2, y2}) map
 * one to one onto the annotation shapes of the same name; Proofline's own {@code point}, {@code circle} and
 * {@code freehand} ({@code points: [[x, y], ...]}) are accepted too. Style fields ({@code color}, {@code size},
 * {@code radius}, {@code ix}, {@code iy}) are not kept. An annotation holds one drawing, so the array has at most one
 * object; {@code "[]"} is a comment without a drawing. Anything else (not JSON, another tool, values off the page) is a
 * 422.
 */
final class CommentBody {

    /** What a create, reply or update sent; {@code shape} is null when no drawing was sent or {@code "[]"}. */
    record Parsed(String text, boolean hasText, Integer page, Shape shape, boolean drawingSent) {

        /** {@code "[]"}: the comment has no drawing (an update removes the one it had). */
        boolean noDrawing() {
            return drawingSent && shape == null;
        }
    }

    /** The fields {@link #parse} reads, for the API document only: the body is read as a tree to name bad fields. */
    @Schema(name = "CommentFields")
    record Fields(@Schema(description = "The comment's text.") String text,
            @Schema(description = "A JSON string holding an array of at most one drawing object, coordinates 0-1 from the page's top-left: "
                    + "[{\"tool\": \"rect\", \"x\": 0.1, \"y\": 0.2, \"w\": 0.3, \"h\": 0.1}]; tools rect, arrow (x, y, w, h), line (x1, y1, x2, y2), "
                    + "point (x, y), circle (x, y, w, h), freehand (points: [[x, y], ...]); \"[]\" for none.") String annotation,
            @Schema(description = "The page, from 1; a reply is on its comment's page.") Integer page) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommentBody() {
    }

    static Parsed parse(JsonNode body) {
        JsonNode root = object(body);
        Validator validator = new Validator();
        String text = null;
        JsonNode textNode = root.get("text");
        if (textNode != null && !textNode.isNull()) {
            if (textNode.isTextual()) {
                text = textNode.asText();
            } else {
                validator.add("text", "'text' must be a string.");
            }
        }
        Integer page = null;
        JsonNode pageNode = root.get("page");
        if (pageNode != null && !pageNode.isNull()) {
            if (pageNode.isIntegralNumber() && pageNode.canConvertToInt()) {
                page = pageNode.intValue();
            } else {
                validator.add("page", "'page' must be a whole number.");
            }
        }
        JsonNode timestamp = root.get("timestamp");
        if (timestamp != null && !timestamp.isNull()) {
            validator.add("timestamp",
                    "'timestamp' must be null: Proofline comments on pages of still files, not on" + " video frames.");
        }
        Shape shape = null;
        JsonNode annotation = root.get("annotation");
        boolean drawingSent = annotation != null && !annotation.isNull();
        if (drawingSent) {
            shape = drawing(annotation, validator);
        }
        validator.throwIfInvalid();
        return new Parsed(text, textNode != null && !textNode.isNull(), page, shape, drawingSent);
    }

    /** Frame.io's drawing array as a shape; null for {@code "[]"} or after reporting a problem. */
    static Shape drawing(JsonNode annotation, Validator validator) {
        if (!annotation.isTextual()) {
            validator.add("annotation", "'annotation' must be a string holding a JSON array of drawing objects.");
            return null;
        }
        JsonNode drawings;
        try {
            drawings = JSON.readTree(annotation.asText());
        } catch (JsonProcessingException e) {
            drawings = null;
        }
        if (drawings != null && drawings.isObject()) {
            drawings = JsonNodeFactory.instance.arrayNode().add(drawings);
        }
        if (drawings == null || !drawings.isArray()) {
            validator.add("annotation", "'annotation' must be a JSON array of drawing objects.");
            return null;
        }
        if (drawings.isEmpty()) {
            return null;
        }
        if (drawings.size() > 1) {
            validator.add("annotation", "'annotation' must hold one drawing: post one comment per drawing.");
            return null;
        }
        JsonNode drawing = drawings.get(0);
        JsonNode tool = drawing.get("tool");
        if (!drawing.isObject() || tool == null || !tool.isTextual() || !Shape.TYPES.contains(tool.asText())) {
            validator.add("annotation", "Each drawing's 'tool' must be one of " + String.join(", ", Shape.TYPES) + ".");
            return null;
        }
        ObjectNode shape = JsonNodeFactory.instance.objectNode();
        shape.put("type", tool.asText());
        for (Iterator<Map.Entry<String, JsonNode>> fields = drawing.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("tool") && !field.getKey().equals("type")) {
                shape.set(field.getKey(), field.getValue());
            }
        }
        Validator shapeErrors = new Validator();
        Shape parsed = Shape.parse(shape, shapeErrors);
        if (parsed == null) {
            try {
                shapeErrors.throwIfInvalid();
            } catch (ValidationException e) {
                // the shape's messages name 'shape.x' and so on; here the drawing is the annotation's first object
                e.errors.values().stream().flatMap(List::stream)
                        .forEach(message -> validator.add("annotation", message.replace("'shape", "'annotation[0]")));
            }
        }
        return parsed;
    }

    /** A shape as Frame.io's drawing array: {@code [{"tool": type, ...fields}]}; null for no shape. */
    static String serialize(Shape shape) {
        if (shape == null) {
            return null;
        }
        ObjectNode drawing = JSON.createObjectNode();
        drawing.put("tool", shape.type());
        shape.fields().forEach((key, value) -> drawing.set(key, JSON.valueToTree(value)));
        try {
            return JSON.writeValueAsString(List.of(drawing));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw ValidationException.of("body", "The request body must be a JSON object.");
        }
        return body;
    }
}

package io.proofline.api.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.proofline.ingest.IngestService;
import io.proofline.media.MediaService;
import io.proofline.system.ValidationException;

/**
 * Reads the body of {@code POST /api/v2/projects/{project_id}/assets} by hand, parameter by parameter in the seed's
 * order, and reports the first problem in the seed's words ("Missing parameter title", "Invalid parameter 'media_type'
 * value \"image\": Must be one of: <code>article</code>."), with the offending value written as the seed's server
 * (Ruby) prints it. Binding to a record would report wrong types in Jackson's words instead.
 */
final class IngestParameters {

    static final int MAX_TITLE = 1024;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SHORT_TEXT = 255;
    static final int MAX_TAGS = 100;
    static final int MAX_URL = 2048;
    static final int MAX_S3_KEY = 1024;

    /** The parameters {@link #parse} reads, for the API document only: the body is never bound to it (see above). */
    @Schema(name = "IngestAssetParameters")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Fields(@Schema(required = true, maxLength = MAX_TITLE) String title,
            @Schema(maxLength = MAX_DESCRIPTION) String description,
            @Schema(maxLength = MAX_SHORT_TEXT) String category, @Schema(maxItems = MAX_TAGS) List<String> tags,
            @Schema(maxLength = MAX_SHORT_TEXT, description = "Your id for the asset, unique in the project.") String externalId,
            @Schema(enumeration = "article", description = "article: an asset without media.") String mediaType,
            @Schema(description = "Import the file from this URL.") UrlSource url,
            @Schema(description = "Import the file from the import bucket.") S3Source s3) {
    }

    @Schema(name = "IngestUrlSource")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UrlSource(@Schema(required = true, maxLength = MAX_URL) String fileUrl,
            @Schema(required = true) String filename) {
    }

    @Schema(name = "IngestS3Source")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record S3Source(@Schema(required = true, maxLength = MAX_S3_KEY) String s3Key,
            @Schema(required = true) String filename) {
    }

    private IngestParameters() {
    }

    static IngestService.NewAsset parse(JsonNode body) {
        JsonNode root = body == null || body.isMissingNode() || body.isNull() ? JsonNodeFactory.instance.objectNode()
                : body;
        if (!root.isObject()) {
            throw invalid("The request body must be a JSON object.");
        }
        String title = requiredString(root, "title");
        if (title.isBlank()) {
            throw missing("title");
        }
        checkText("title", title, MAX_TITLE, false);
        String description = optionalString(root, "description");
        checkText("description", description, MAX_DESCRIPTION, true);
        String category = optionalString(root, "category");
        checkText("category", category, MAX_SHORT_TEXT, false);
        List<String> tags = tags(root);
        String externalId = optionalString(root, "external_id");
        if (externalId != null && externalId.isBlank()) {
            throw invalid("external_id", root.get("external_id"), "Must not be blank");
        }
        checkText("external_id", externalId, MAX_SHORT_TEXT, false);
        boolean article = article(root);
        IngestService.MediaSource url = source(root, "url", "file_url", MAX_URL);
        IngestService.MediaSource s3 = source(root, "s3", "s3_key", MAX_S3_KEY);
        if (url != null && s3 != null) {
            throw invalid("Only one of 'url' and 's3' may be given.");
        }
        IngestService.MediaSource media = url != null ? url : s3;
        if (article && media != null) {
            throw invalid("An article has no media: 'url' and 's3' cannot be given with media_type article.");
        }
        return new IngestService.NewAsset(title.trim(), description, category == null ? null : category.trim(), tags,
                externalId, article, media);
    }

    private static List<String> tags(JsonNode root) {
        JsonNode node = present(root, "tags");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw invalid("tags", node, "Must be an array of String");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (!tag.isTextual()) {
                throw invalid("tags", node, "Must be an array of String");
            }
            if (tag.asText().isBlank()) {
                throw invalid("tags", node, "Tags must not be blank");
            }
            checkText("tags", tag.asText(), MAX_SHORT_TEXT, false);
            tags.add(tag.asText().trim());
        }
        if (tags.size() > MAX_TAGS) {
            throw invalid("Invalid parameter 'tags': Must have at most " + MAX_TAGS + " items");
        }
        return tags;
    }

    private static boolean article(JsonNode root) {
        JsonNode node = present(root, "media_type");
        if (node == null) {
            return false;
        }
        if (!node.isTextual() || !node.asText().equals("article")) {
            throw invalid("media_type", node, "Must be one of: <code>article</code>.");
        }
        return true;
    }

    /** {@code url} or {@code s3}: a hash with the location under {@code locationField} and a {@code filename}. */
    private static IngestService.MediaSource source(JsonNode root, String name, String locationField, int maxLocation) {
        JsonNode node = present(root, name);
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw invalid(name, node, "Must be a Hash");
        }
        String location = requiredString(node, name, locationField);
        if (location.isBlank()) {
            throw missing(name + "[" + locationField + "]");
        }
        checkText(name + "[" + locationField + "]", location, maxLocation, false);
        String filename = requiredString(node, name, "filename");
        try {
            filename = MediaService.safeFilename(filename);
        } catch (ValidationException e) {
            String reason = e.errors.values().iterator().next().get(0);
            throw invalid(name + "[filename]", node.get("filename"), reason.substring(0, reason.length() - 1));
        }
        return name.equals("url") ? IngestService.MediaSource.url(location, filename)
                : IngestService.MediaSource.s3(location, filename);
    }

    private static String requiredString(JsonNode root, String name) {
        return requiredString(root, null, name);
    }

    /** A required string member; {@code parent} names the enclosing hash for the message ("url[filename]"). */
    private static String requiredString(JsonNode object, String parent, String name) {
        String label = parent == null ? name : parent + "[" + name + "]";
        JsonNode node = present(object, name);
        if (node == null) {
            throw missing(label);
        }
        if (!node.isTextual()) {
            throw invalid(label, node, "Must be a String");
        }
        return node.asText();
    }

    private static String optionalString(JsonNode root, String name) {
        JsonNode node = present(root, name);
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            throw invalid(name, node, "Must be a String");
        }
        return node.asText();
    }

    /** The member, or null when it is absent or JSON null (both count as not given, as in the seed's server). */
    private static JsonNode present(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    /** Bounds a text; NUL never (PostgreSQL cannot store it), other control characters only in long texts. */
    private static void checkText(String name, String value, int max, boolean multiline) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw invalid("Invalid parameter '" + name + "': Must be at most " + max + " characters");
        }
        boolean badCharacter = value.chars().anyMatch(c -> c == 0 || (!multiline && Character.isISOControl(c))
                || (multiline && Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
        if (badCharacter) {
            throw invalid("Invalid parameter '" + name + "': Must not contain control characters");
        }
    }

    private static ValidationException missing(String name) {
        return invalid("Missing parameter " + name);
    }

    private static ValidationException invalid(String name, JsonNode value, String rule) {
        return invalid("Invalid parameter '" + name + "' value " + inspect(value) + ": " + rule);
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of("request", message);
    }

    /** A value as Ruby's {@code inspect} writes it, which is how the seed's messages quote values; kept short. */
    static String inspect(JsonNode value) {
        String text = inspectFully(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String inspectFully(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nil";
        }
        if (value.isTextual()) {
            return value.toString();
        }
        if (value.isArray()) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            value.forEach(item -> items.add(inspectFully(item)));
            return items.toString();
        }
        if (value.isObject()) {
            StringJoiner members = new StringJoiner(", ", "{", "}");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                members.add(JsonNodeFactory.instance.textNode(field.getKey()) + "=>" + inspectFully(field.getValue()));
            }
            return members.toString();
        }
        return value.asText();
    }
}

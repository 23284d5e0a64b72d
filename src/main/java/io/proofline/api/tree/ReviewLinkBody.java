package io.proofline.api.tree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.asset.AssetService;
import io.proofline.review.ReviewLinkService;
import io.proofline.system.Ids;
import io.proofline.system.NotFoundException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.system.Validator;

/**
 * Reads the JSON bodies of the review link calls. A field left out keeps its value (or default); {@code null} clears
 * {@code expires_at} and {@code password}; any other type than documented is a 422 naming the field.
 */
final class ReviewLinkBody {

    /**
     * The fields {@link #settings} reads, for the API document only: the body is read as a tree so that a field left
     * out and a field set to null differ.
     */
    @Schema(name = "ReviewLinkSettings")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Fields(@Schema(description = "The link's name; required to create one.") String name, Boolean allowApprovals,
            Boolean currentVersionOnly, Boolean enableDownloading, Boolean isActive,
            @Schema(description = "True requires a password; false removes it.") Boolean hasPassword,
            @Schema(format = "date-time", description = "When the link stops working; null: never.") String expiresAt,
            @Schema(description = "The link's password; null removes it.") String password) {
    }

    /** The field {@link #assetIds} reads, for the API document only. */
    @Schema(name = "ReviewLinkAssets")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AssetIds(@Schema(required = true, description = "Assets of the link's project.") List<String> assetIds) {
    }

    private ReviewLinkBody() {
    }

    static ReviewLinkService.Settings settings(JsonNode body) {
        JsonNode root = object(body);
        Validator validator = new Validator();
        String name = text(root, "name", validator);
        Boolean allowApprovals = bool(root, "allow_approvals", validator);
        Boolean currentVersionOnly = bool(root, "current_version_only", validator);
        Boolean enableDownloading = bool(root, "enable_downloading", validator);
        Boolean active = bool(root, "is_active", validator);
        Boolean hasPassword = bool(root, "has_password", validator);
        Optional<Instant> expiresAt = null;
        if (root.has("expires_at")) {
            JsonNode value = root.get("expires_at");
            if (value.isNull()) {
                expiresAt = Optional.empty();
            } else if (value.isTextual() && Times.parseDateOrDateTime(value.asText()).isPresent()) {
                expiresAt = Times.parseDateOrDateTime(value.asText());
            } else {
                validator.add("expires_at", "'expires_at' must be an ISO 8601 date-time or null.");
            }
        }
        Optional<String> password = null;
        if (root.has("password")) {
            JsonNode value = root.get("password");
            if (value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
                password = Optional.empty();
            } else if (value.isTextual()) {
                password = Optional.of(value.asText());
            } else {
                validator.add("password", "'password' must be a string or null.");
            }
        }
        if (Boolean.TRUE.equals(hasPassword) && (password == null || password.isEmpty())) {
            validator.add("password", "'password' must not be empty when 'has_password' is true.");
        }
        if (Boolean.FALSE.equals(hasPassword)) {
            if (password != null && password.isPresent()) {
                validator.add("has_password", "'has_password' is false but a 'password' was given.");
            }
            // has_password: false without a password removes one
            password = Optional.empty();
        }
        validator.throwIfInvalid();
        return new ReviewLinkService.Settings(name, allowApprovals, currentVersionOnly, enableDownloading, active,
                expiresAt, password);
    }

    /** {@code asset_ids}: an array of id strings; an id that is not one names no asset (404). */
    static List<UUID> assetIds(JsonNode body) {
        JsonNode root = object(body);
        JsonNode ids = root.get("asset_ids");
        if (ids == null || ids.isNull()) {
            throw ValidationException.of("asset_ids", "'asset_ids' must not be empty.");
        }
        if (!ids.isArray()) {
            throw ValidationException.of("asset_ids", "'asset_ids' must be an array of asset ids.");
        }
        List<UUID> out = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw ValidationException.of("asset_ids", "'asset_ids' must be an array of asset ids.");
            }
            out.add(Ids.parse(id.asText()).orElseThrow(() -> new NotFoundException(AssetService.NOT_FOUND)));
        }
        return out;
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        }
        if (!body.isObject()) {
            throw ValidationException.of("body", "The request body must be a JSON object.");
        }
        return body;
    }

    private static String text(JsonNode root, String field, Validator validator) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            validator.add(field, "'" + field + "' must be a string.");
            return null;
        }
        return value.asText();
    }

    private static Boolean bool(JsonNode root, String field, Validator validator) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            validator.add(field, "'" + field + "' must be true or false.");
            return null;
        }
        return value.asBoolean();
    }
}

package io.proofline.api.workflow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The bodies of {@code POST /api/v1/task/review_asset} ({@code userUID}) and {@code review_asset_ext} ({@code email}
 * and the mail and session settings), with the seed's field names. {@code name} is ours: an optional name for the
 * external reviewer.
 */
public record TaskRequest(String projectUID, String userUID, String email, String name, List<String> assetUIDs,
        String dueDate, String comment, String password, String emailSubject, String emailLanguage,
        @JsonProperty("isAllowDownloadAssets") Boolean isAllowDownloadAssets,
        @JsonProperty("isReadOnly") Boolean isReadOnly) {
}

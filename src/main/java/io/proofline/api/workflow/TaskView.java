package io.proofline.api.workflow;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.review.ReviewTaskService;
import io.proofline.system.Times;

/**
 * A review task on the workflow face. {@code type} is {@code ReviewAsset} (an account user) or
 * {@code ReviewAssetExternal} (an email address); either reviewer's session opens at {@code reviewUrl}. {@code status}
 * is {@code Open} or {@code Completed}. The password itself is never shown.
 */
@JsonPropertyOrder({ "taskUID", "projectUID", "type", "status", "userUID", "email", "name", "assetUIDs", "dueDate",
        "comment", "isReadOnly", "isAllowDownloadAssets", "hasPassword", "emailSubject", "emailLanguage", "reviewUrl",
        "created", "completed" })
public record TaskView(String taskUID, String projectUID, String type, String status, String userUID, String email,
        String name, List<String> assetUIDs, String dueDate, String comment,
        @JsonProperty("isReadOnly") boolean isReadOnly,
        @JsonProperty("isAllowDownloadAssets") boolean isAllowDownloadAssets, boolean hasPassword, String emailSubject,
        String emailLanguage, String reviewUrl, String created, String completed) {

    static TaskView of(ReviewTaskService.Listed listed, ReviewTaskService tasks) {
        var task = listed.task();
        return new TaskView(task.id.toString(), task.projectId.toString(),
                task.external ? "ReviewAssetExternal" : "ReviewAsset", task.status.name(),
                task.assigneeUserId == null ? null : task.assigneeUserId.toString(), task.email, task.name,
                listed.assetIds().stream().map(UUID::toString).toList(), Times.workflow(task.dueDate), task.comment,
                task.readOnly, task.allowDownload, task.hasPassword(), task.emailSubject,
                task.external ? task.emailLanguage.name() : null, tasks.url(task), Times.workflow(task.createdAt),
                Times.workflow(task.completedAt));
    }
}

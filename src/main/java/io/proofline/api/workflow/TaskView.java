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

    /**
     * The task as {@code viewer} sees it. An internal task's link is its assignee's alone: the page acts as them
     * without a login, so anyone else, the task's creator too, gets {@code reviewUrl} null. An external task's link is
     * shown to everyone who sees the task, as the seed's creator needs it to pass on.
     */
    static TaskView of(ReviewTaskService.Listed listed, ReviewTaskService tasks, UUID viewer) {
        var task = listed.task();
        String reviewUrl = task.external || task.assigneeUserId.equals(viewer) ? tasks.url(task) : null;
        return new TaskView(task.id.toString(), task.projectId.toString(),
                task.external ? "ReviewAssetExternal" : "ReviewAsset", task.status.name(),
                task.assigneeUserId == null ? null : task.assigneeUserId.toString(), task.email, task.name,
                listed.assetIds().stream().map(UUID::toString).toList(), Times.workflow(task.dueDate), task.comment,
                task.readOnly, task.allowDownload, task.hasPassword(), task.emailSubject,
                task.external ? task.emailLanguage.name() : null, reviewUrl, Times.workflow(task.createdAt),
                Times.workflow(task.completedAt));
    }
}

package io.proofline.api.workflow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.review.ReviewStatusCounts;

/** A project on the workflow face. The child collections appear only when asked for. */
@JsonPropertyOrder({ "projectUID", "clientUID", "projectName", "state", "customer", "project", "design", "revision",
        "description", "tags", "dueDate", "projectOwnersUIDS", "reviewStatus", "created", "assets", "tasks",
        "refDocs" })
public record ProjectView(String projectUID, String clientUID, String projectName, String state, String customer,
        String project, String design, String revision, String description, List<String> tags, String dueDate,
        List<String> projectOwnersUIDS, ReviewStatus reviewStatus, String created,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AssetView> assets,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TaskView> tasks,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<RefDocView> refDocs) {

    /** The seed's review counters. */
    public record ReviewStatus(long pendingCount, long approvedCount, long rejectedCount) {

        static ReviewStatus of(ReviewStatusCounts.Counts counts) {
            ReviewStatusCounts.Counts known = counts == null ? ReviewStatusCounts.Counts.NONE : counts;
            return new ReviewStatus(known.pending(), known.approved(), known.rejected());
        }
    }
}

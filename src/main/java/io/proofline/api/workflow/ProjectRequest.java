package io.proofline.api.workflow;

import java.util.List;

/** The body of POST and PUT /api/v1/project, with the seed's field names. */
public record ProjectRequest(String projectUID, String clientUID, String projectName, String customer, String project,
        String design, String revision, String description, List<String> tags, String dueDate,
        List<String> projectOwnersUIDS) {
}

package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.project.Project;
import io.proofline.system.Times;
import io.proofline.tenancy.Team;

/**
 * A project as the tree seed lists it. {@code root_asset_id} is where its tree starts; {@code team.account_id} lets a
 * client place a shared project in its account.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeProject(String id, @JsonProperty("_type") String kind, String name, String rootAssetId, String teamId,
        TeamRef team, @JsonProperty("private") boolean privateProject, String ownerId, String state, String createdAt,
        String updatedAt) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamRef(String id, String name, String accountId) {
    }

    static TreeProject of(Project project, Team team) {
        String owner = project.ownerIds.isEmpty() ? project.createdBy.toString() : project.ownerIds.get(0).toString();
        return new TreeProject(project.id.toString(), "project", project.name, project.rootAssetId.toString(),
                project.teamId.toString(),
                new TeamRef(project.teamId.toString(), team == null ? null : team.name, project.accountId.toString()),
                project.privateProject, owner, project.state.name(), Times.iso(project.createdAt),
                Times.iso(project.updatedAt));
    }
}

package io.proofline.api.tree;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.proofline.system.Times;
import io.proofline.tenancy.Team;

/** A team as the tree seed lists it: {@code name}, {@code team_image}, {@code account_id}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TreeTeam(String id, @JsonProperty("_type") String kind, String name, String teamImage, String accountId,
        String createdAt) {

    static TreeTeam of(Team team) {
        return new TreeTeam(team.id.toString(), "team", team.name, team.teamImage, team.accountId.toString(),
                Times.iso(team.createdAt));
    }
}

package io.proofline.tenancy;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "team_member")
@IdClass(TeamMember.Key.class)
public class TeamMember extends PanacheEntityBase {

    @Id
    @Column(name = "team_id")
    public UUID teamId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    public static class Key implements Serializable {
        public UUID teamId;
        public UUID userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, userId);
        }
    }
}

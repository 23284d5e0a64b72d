package io.proofline.tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A user who sees one project without being in its team (the tree seed's "shared projects"). */
@Entity
@Table(name = "project_collaborator")
@IdClass(ProjectCollaborator.Key.class)
public class ProjectCollaborator extends PanacheEntityBase {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Id
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static class Key implements Serializable {
        public UUID projectId;
        public UUID userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, userId);
        }
    }
}

package io.proofline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.system.ReadOnlyException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectLocksTest {

    @Inject
    ProjectLocks locks;

    @Test
    void an_active_project_is_locked_with_its_account_and_root_folder() {
        Tenant tenant = Tenant.create();
        UUID project = UUID.fromString(tenant.createProject("Locked"));
        ProjectLocks.Locked locked = QuarkusTransaction.requiringNew()
                .call(() -> locks.lockMutable(project, "read-only"));
        assertThat(locked.projectId()).isEqualTo(project);
        assertThat(locked.accountId()).isEqualTo(UUID.fromString(tenant.companyId));
        assertThat(locked.rootAssetId()).isEqualTo(Db.project(project.toString()).rootAssetId);
    }

    @Test
    void a_project_that_takes_no_changes_refuses_with_the_callers_words() {
        Tenant tenant = Tenant.create();
        String project = tenant.createProject("Done");
        for (ProjectState state : new ProjectState[] { ProjectState.Completed, ProjectState.Archived,
                ProjectState.InTransit }) {
            Db.forceState(project, state);
            assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                    .call(() -> locks.lockMutable(UUID.fromString(project), "Annotations are read-only.")))
                            .as(state.name()).isInstanceOf(ReadOnlyException.class)
                            .hasMessage("Annotations are read-only.");
        }
        Db.forceState(project, ProjectState.OnHold);
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.lockMutable(UUID.fromString(project), "x")))
                .isNotNull();
    }

    @Test
    void the_entity_lock_answers_null_for_a_missing_or_deleted_project() {
        Tenant tenant = Tenant.create();
        String project = tenant.createProject("Deleted");
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.lockEntity(UUID.fromString(project))).id)
                .isEqualTo(UUID.fromString(project));
        tenant.changeState(project, "Completed");
        tenant.request().queryParam("ProjectUID", project).delete("/api/v1/project").then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.lockEntity(UUID.fromString(project)))).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> locks.lockEntity(UUID.randomUUID()))).isNull();
    }
}

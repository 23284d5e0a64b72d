package io.proofline.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.StateRuleException;
import io.proofline.system.Times;
import io.proofline.tenancy.Account;
import io.proofline.tenancy.Principal;
import io.proofline.tenancy.Team;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProjectServiceTest {

    @Inject
    ProjectService projects;

    @Test
    void creating_a_project_writes_project_created() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Fresh");
        List<Event> events = Db.events(id);
        assertThat(events).extracting(event -> event.type).containsExactly("project.created");
        Event created = events.get(0);
        assertThat(data(created)).containsExactly(Map.entry("ProjectUID", id), Map.entry("Name", "Fresh"));
        assertThat(created.accountId).hasToString(tenant.companyId);
        assertThat(created.actorId).hasToString(tenant.userId);
        assertThat(created.createdAt).isNotNull();
    }

    @Test
    void an_edit_writes_one_project_edited_event_per_changed_attribute() {
        Tenant tenant = Tenant.create();
        String colleague = tenant.anotherMemberId();
        String id = tenant.createProject("Before");
        Map<String, Object> body = new HashMap<>();
        body.put("projectUID", id);
        body.put("projectName", "After");
        body.put("customer", "Customer");
        body.put("project", "Product");
        body.put("design", "Design");
        body.put("revision", "R1");
        body.put("description", "Description");
        body.put("tags", List.of("one", "two"));
        body.put("dueDate", "2031-01-02");
        body.put("projectOwnersUIDS", List.of(tenant.userId, colleague));
        tenant.request().body(body).put("/api/v1/project").then().statusCode(200);

        List<Event> edits = Db.events(id).stream().filter(event -> event.type.equals("project.edited")).toList();
        assertThat(edits).extracting(event -> data(event).get("Attribute")).containsExactlyInAnyOrder("Name",
                "Customer", "Project", "Design", "Revision", "Description", "Tags", "DueDate", "ProjectOwners");
        Map<Object, Object> values = new HashMap<>();
        edits.forEach(event -> {
            assertThat(data(event).get("ProjectUID")).isEqualTo(id);
            assertThat(data(event)).containsOnlyKeys("ProjectUID", "Attribute", "Value");
            values.put(data(event).get("Attribute"), data(event).get("Value"));
        });
        assertThat(values).containsEntry("Name", "After").containsEntry("Customer", "Customer")
                .containsEntry("Project", "Product").containsEntry("Design", "Design").containsEntry("Revision", "R1")
                .containsEntry("Description", "Description").containsEntry("Tags", List.of("one", "two"))
                .containsEntry("DueDate", "2031-01-02T00:00:00.000000")
                .containsEntry("ProjectOwners", List.of(tenant.userId, colleague));

        // the same body again changes nothing and says nothing
        tenant.request().body(body).put("/api/v1/project").then().statusCode(200);
        assertThat(Db.events(id)).hasSize(1 + 9);

        body.put("customer", null);
        body.put("description", "  Description  ");
        tenant.request().body(body).put("/api/v1/project").then().statusCode(200);
        List<Event> last = Db.events(id).subList(10, Db.events(id).size());
        assertThat(last).hasSize(1);
        assertThat(data(last.get(0))).containsEntry("Attribute", "Customer").containsEntry("Value", null);
    }

    @Test
    void a_due_date_sent_again_with_more_precision_than_kept_is_no_change() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Precise");
        Map<String, Object> body = Map.of("projectUID", id, "projectName", "Precise", "projectOwnersUIDS",
                List.of(tenant.userId), "dueDate", "2031-01-02T03:04:05.123456789Z");
        tenant.request().body(body).put("/api/v1/project").then().statusCode(200);
        tenant.request().body(body).put("/api/v1/project").then().statusCode(200);
        assertThat(Db.events(id)).extracting(event -> event.type).containsExactly("project.created", "project.edited");
    }

    @Test
    void state_changes_write_project_state_and_refusals_write_nothing() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Moving");
        tenant.changeState(id, "OnHold");
        tenant.changeState(id, "Active");
        tenant.changeState(id, "Completed");
        tenant.request().body(Map.of("projectUID", id, "state", "Completed")).put("/api/v1/project/state").then()
                .statusCode(406);
        tenant.request().body(Map.of("projectUID", id, "state", "OnHold")).put("/api/v1/project/state").then()
                .statusCode(412);
        tenant.request().body(Map.of("projectUID", id, "projectName", "x", "projectOwnersUIDS", List.of(tenant.userId)))
                .put("/api/v1/project").then().statusCode(406);

        List<Event> events = Db.events(id);
        assertThat(events).extracting(event -> event.type).containsExactly("project.created", "project.state",
                "project.state", "project.state");
        assertThat(events.subList(1, 4)).extracting(event -> data(event).get("State")).containsExactly("OnHold",
                "Active", "Completed");
        assertThat(data(events.get(1))).containsOnlyKeys("ProjectUID", "State").containsEntry("ProjectUID", id);
    }

    @Test
    void a_refused_edit_writes_no_event() {
        Tenant tenant = Tenant.create();
        Tenant stranger = Tenant.create();
        String id = tenant.createProject("Guarded");
        tenant.request()
                .body(Map.of("projectUID", id, "projectName", "Renamed", "projectOwnersUIDS", List.of(stranger.userId)))
                .put("/api/v1/project").then().statusCode(412);
        assertThat(Db.events(id)).extracting(event -> event.type).containsExactly("project.created");
        assertThat(Db.project(id).name).isEqualTo("Guarded");
    }

    @Test
    void deleting_writes_project_deleted() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Gone");
        tenant.changeState(id, "Completed");
        tenant.request().queryParam("ProjectUID", id).delete("/api/v1/project").then().statusCode(200);
        Event deleted = Db.events(id).get(Db.events(id).size() - 1);
        assertThat(deleted.type).isEqualTo("project.deleted");
        assertThat(data(deleted)).containsEntry("ProjectUID", id).containsEntry("Name", "Gone");
        assertThat(Db.project(id).deletedAt).isNotNull();
    }

    @Test
    void a_change_and_its_event_commit_or_roll_back_together() {
        Tenant tenant = Tenant.create();
        Principal principal = new Principal(UUID.fromString(tenant.userId), false);
        UUID[] created = new UUID[1];
        QuarkusTransaction.begin();
        try {
            Account account = Account.findById(UUID.fromString(tenant.companyId));
            Team team = Team.<Team> find("accountId", account.id).firstResult();
            created[0] = projects.create(principal, account, team, new ProjectInput("Rolled back", null, null, null,
                    null, null, List.of(), null, List.of(principal.userId()), false)).id;
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(Db.project(created[0].toString())).isNull();
        assertThat(Db.events(created[0].toString())).isEmpty();
    }

    @Test
    void a_project_deleted_while_a_change_waits_for_its_lock_is_not_found() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Raced");
        UUID projectId = UUID.fromString(id);
        Principal principal = new Principal(UUID.fromString(tenant.userId), false);
        CompletableFuture<Throwable> change;
        QuarkusTransaction.begin();
        try {
            Project locked = Project.findById(projectId, LockModeType.PESSIMISTIC_WRITE);
            change = CompletableFuture.supplyAsync(() -> {
                try {
                    projects.changeState(principal, projectId, ProjectState.OnHold);
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Thread.sleep(500);
            locked.deletedAt = Times.now();
        } finally {
            QuarkusTransaction.commit();
        }
        assertThat(change.get(30, TimeUnit.SECONDS)).isInstanceOf(NotFoundException.class);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Active);
    }

    @Test
    void in_transit_is_never_a_target() {
        for (ProjectState from : ProjectState.values()) {
            assertThat(ProjectService.allowed(from, ProjectState.InTransit)).as(from.name()).isFalse();
        }
        for (ProjectState to : ProjectState.values()) {
            assertThat(ProjectService.allowed(ProjectState.InTransit, to)).as(to.name()).isFalse();
        }
        assertThat(new ReadOnlyException("x")).isInstanceOf(StateRuleException.class);
    }

    static Map<String, Object> data(Event event) {
        return JsonPath.from(event.data).getMap("$");
    }
}

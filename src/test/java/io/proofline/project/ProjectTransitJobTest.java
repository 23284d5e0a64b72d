package io.proofline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.proofline.event.Event;
import io.proofline.job.Job;
import io.proofline.support.Db;
import io.proofline.support.Tenant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectTransitJobTest {

    @Inject
    ProjectTransitJob transit;

    @Test
    void archiving_passes_through_in_transit_and_the_job_lands_it_in_archived_and_back_in_active() {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Archive me");
        tenant.changeState(id, "Completed");

        tenant.request().body(Map.of("projectUID", id, "state", "Archived")).put("/api/v1/project/state").then()
                .statusCode(200).body("result.state", org.hamcrest.Matchers.equalTo("InTransit"));
        awaitState(tenant, id, "Archived");
        assertThat(Db.project(id).transitTarget).isNull();

        tenant.request().body(Map.of("projectUID", id, "state", "Active")).put("/api/v1/project/state").then()
                .statusCode(200).body("result.state", org.hamcrest.Matchers.equalTo("InTransit"));
        awaitState(tenant, id, "Active");

        List<Event> states = Db.events(id).stream().filter(event -> event.type.equals("project.state")).toList();
        assertThat(states).extracting(event -> ProjectServiceTest.data(event).get("State")).containsExactly("Completed",
                "InTransit", "Archived", "InTransit", "Active");
        // the job's own events name the account and project, but no person made them
        assertThat(states.get(2).accountId).hasToString(tenant.companyId);
        assertThat(states.get(2).actorId).isNull();
        List<Job> jobs = QuarkusTransaction.requiringNew()
                .call(() -> Job.<Job> list("type = ?1 and payload = ?2", ProjectTransitJob.TYPE, id));
        assertThat(jobs).hasSize(2).allSatisfy(job -> assertThat(job.status).isEqualTo(Job.DONE));
    }

    @Test
    void running_the_job_again_changes_nothing() throws Exception {
        Tenant tenant = Tenant.create();
        String id = tenant.createProject("Twice");
        Db.forceState(id, ProjectState.InTransit);
        transit.run(id);
        transit.run(id);
        assertThat(Db.project(id).state).isEqualTo(ProjectState.Archived);
        assertThat(Db.events(id).stream().filter(event -> event.type.equals("project.state"))).hasSize(1);

        String active = tenant.createProject("Not moving");
        transit.run(active);
        transit.run(UUID.randomUUID().toString());
        assertThat(Db.project(active).state).isEqualTo(ProjectState.Active);
    }

    private static void awaitState(Tenant tenant, String id, String state) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> state.equals(tenant.request().queryParam("ProjectUID", id).get("/api/v1/project").then()
                        .statusCode(200).extract().path("result[0].state")));
    }
}

package io.proofline.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.proofline.system.NotAuthorException;

class WorkflowErrorsTest {

    private final WorkflowErrors errors = new WorkflowErrors();

    @Test
    void answers_the_workflow_paths_only() {
        assertThat(errors.answers("/api/v1/project")).isTrue();
        assertThat(errors.answers("/api/v1")).isTrue();
        assertThat(errors.answers("/api/v2/projects/x/assets")).isFalse();
        assertThat(errors.answers("/v2/me")).isFalse();
        assertThat(errors.answers("/r/token")).isFalse();
    }

    @Test
    void a_failure_is_the_envelope_with_its_status_and_message() {
        Response response = errors.failure(406, "Project already has state Active.", null);
        assertThat(response.getStatus()).isEqualTo(406);
        Envelope<?> body = (Envelope<?>) response.getEntity();
        assertThat(body.statusCode()).isEqualTo(406);
        assertThat(body.message()).isEqualTo("Project already has state Active.");
        assertThat(body.result()).isNull();
    }

    @Test
    void field_errors_are_the_400_problem_body_and_an_authors_rule_stays_412() {
        Response response = errors.invalid(Map.of("projectName", List.of("'projectName' must not be empty.")));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((ValidationProblem) response.getEntity()).errors()).containsKey("projectName");
        assertThat(errors.status(new NotAuthorException("You can edit only your annotation."), 412)).isEqualTo(412);
    }
}

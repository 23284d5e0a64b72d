package io.proofline.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.proofline.ingest.ExternalIdTakenException;
import io.proofline.ingest.MediaNotAddedException;

class IngestFaceErrorsTest {

    private final IngestFaceErrors errors = new IngestFaceErrors();

    @Test
    void the_seeds_two_printed_failures_are_400() {
        assertThat(errors.status(new ExternalIdTakenException(), 409)).isEqualTo(400);
        assertThat(errors.status(new MediaNotAddedException(UUID.randomUUID(), "the URL answered 404"), 412))
                .isEqualTo(400);
    }

    @Test
    void bodies_are_a_single_error_and_invalid_parameters_are_422() {
        Response failure = errors.failure(404, "Project not found", null);
        assertThat(failure.getStatus()).isEqualTo(404);
        assertThat(failure.getEntity()).isEqualTo(Map.of("error", "Project not found"));
        Response invalid = errors.invalid(Map.of("name", List.of("Name can't be blank")));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getEntity()).isEqualTo(Map.of("error", "Name can't be blank"));
        assertThat(errors.answers("/api/v2/projects/x/assets")).isTrue();
        assertThat(errors.answers("/api/v1/asset")).isFalse();
    }
}

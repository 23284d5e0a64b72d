package io.proofline.api.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.proofline.system.NotAuthorException;
import io.proofline.system.ReadOnlyException;

class TreeErrorsTest {

    private final TreeErrors errors = new TreeErrors();

    @Test
    void answers_the_tree_paths_only() {
        assertThat(errors.answers("/v2/assets/x")).isTrue();
        assertThat(errors.answers("/api/v2/projects/x/assets")).isFalse();
        assertThat(errors.answers("/api/v1/asset")).isFalse();
    }

    @Test
    void changing_what_is_not_yours_is_403_as_on_frame_io_and_other_rules_keep_their_status() {
        assertThat(errors.status(new NotAuthorException("You can edit only your annotation."), 412)).isEqualTo(403);
        assertThat(errors.status(new ReadOnlyException("read-only"), 406)).isEqualTo(406);
    }

    @Test
    void bodies_are_frame_io_errors_and_invalid_arguments_are_422() {
        Response failure = errors.failure(404, "Asset not found.", null);
        TreeError body = (TreeError) failure.getEntity();
        assertThat(failure.getStatus()).isEqualTo(404);
        assertThat(body.code()).isEqualTo(404);
        assertThat(body.message()).isEqualTo("Not Found");
        assertThat(body.errors().get(0).detail()).isEqualTo("Asset not found.");

        Response invalid = errors.invalid(Map.of("name", List.of("'name' is required.")));
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(((TreeError) invalid.getEntity()).errors().get(0).detail()).isEqualTo("'name' is required.");
    }
}

package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void only_a_full_uuid_names_anything() {
        UUID id = UUID.randomUUID();
        assertThat(Ids.parse(id.toString())).contains(id);
        assertThat(Ids.parse(" " + id.toString().toUpperCase() + " ")).contains(id);
        assertThat(Ids.parse(null)).isEmpty();
        assertThat(Ids.parse("")).isEmpty();
        assertThat(Ids.parse("1-1-1-1-1")).isEmpty();
        assertThat(Ids.parse(id.toString().replace('-', 'x'))).isEmpty();
        assertThat(Ids.parse(id + "0")).isEmpty();
        assertThat(Ids.parse("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")).isEmpty();
    }

    @Test
    void a_malformed_id_is_not_found() {
        assertThatThrownBy(() -> Ids.require("nope", "Project not found.")).isInstanceOf(NotFoundException.class)
                .hasMessage("Project not found.");
    }
}

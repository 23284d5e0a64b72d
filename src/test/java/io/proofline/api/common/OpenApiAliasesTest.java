package io.proofline.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiAliasesTest {

    @Test
    void the_noun_pattern_is_written_as_the_seeds_singular() {
        assertThat(OpenApiAliases.documented("/api/v1/{noun}")).isEqualTo("/api/v1/asset");
        assertThat(OpenApiAliases.documented("/api/v1/{noun}/upload")).isEqualTo("/api/v1/asset/upload");
    }

    @Test
    void other_paths_stay_as_they_are() {
        assertThat(OpenApiAliases.documented("/api/v1/project")).isEqualTo("/api/v1/project");
        assertThat(OpenApiAliases.documented("/api/v1/{nounish}")).isEqualTo("/api/v1/{nounish}");
        assertThat(OpenApiAliases.documented("/v2/assets/{id}")).isEqualTo("/v2/assets/{id}");
    }
}

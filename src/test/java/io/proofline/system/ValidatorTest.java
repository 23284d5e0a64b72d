package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidatorTest {

    @Test
    void required_refuses_null_blank_and_empty_lists() {
        Validator validator = new Validator().required("a", null).required("b", " ").required("c", List.of())
                .required("d", "x").required("e", List.of("x"));
        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors).containsOnlyKeys("a", "b", "c").containsEntry("a",
                        List.of("'a' must not be empty.")));
    }

    @Test
    void max_length_counts_characters_and_refuses_nul() {
        Validator validator = new Validator().maxLength("ok", "12345", 5).maxLength("long", "123456", 5)
                .maxLength("nul", "a\0b", 5).maxLength("none", null, 5);
        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors).containsOnlyKeys("long", "nul");
            assertThat(e.errors.get("long"))
                    .containsExactly("The length of 'long' must be 5 characters or fewer. You entered 6 characters.");
            assertThat(e.errors.get("nul")).containsExactly("'nul' must not contain NUL characters.");
        });
    }

    @Test
    void max_items_bounds_lists_and_errors_collect_per_parameter() {
        Validator validator = new Validator().maxItems("tags", List.of(1, 2, 3), 2).maxItems("fine", List.of(1), 2)
                .maxItems("null", null, 2).add("tags", "second");
        assertThat(validator.hasErrors()).isTrue();
        assertThatThrownBy(validator::throwIfInvalid).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors.get("tags")).containsExactly("'tags' must not have more than 2 items.",
                        "second"));
        new Validator().required("x", "y").throwIfInvalid();
    }
}

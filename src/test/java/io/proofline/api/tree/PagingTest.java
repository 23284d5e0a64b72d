package io.proofline.api.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.proofline.system.ValidationException;

class PagingTest {

    @Test
    void absent_parameters_take_page_1_and_50_per_page() {
        assertThat(Paging.of(null, " ")).isEqualTo(new Paging(1, 50));
    }

    @Test
    void out_of_range_and_non_numeric_values_are_invalid() {
        for (String page : List.of("0", "-1", "x", "2.0", "1000001", "4294967297")) {
            assertThatThrownBy(() -> Paging.of(page, null)).isInstanceOf(ValidationException.class);
        }
        assertThatThrownBy(() -> Paging.of("1", "501")).isInstanceOf(ValidationException.class);
        assertThat(Paging.of(" 3 ", "500")).isEqualTo(new Paging(3, 500));
    }

    @Test
    void total_pages_round_up_and_an_empty_list_has_one_page() {
        var response = new Paging(1, 3).respond(List.of(), 7);
        assertThat(response.getHeaderString("total-pages")).isEqualTo("3");
        assertThat(new Paging(1, 3).respond(List.of(), 0).getHeaderString("total-pages")).isEqualTo("1");
    }

    @Test
    void slices_are_the_page_of_a_whole_list() {
        List<Integer> all = List.of(1, 2, 3, 4, 5);
        assertThat(new Paging(2, 2).slice(all)).containsExactly(3, 4);
        assertThat(new Paging(3, 2).slice(all)).containsExactly(5);
        assertThat(new Paging(4, 2).slice(all)).isEmpty();
    }
}

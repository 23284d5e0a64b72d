package io.proofline.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.system.Validator;

class ShapeTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Shape parse(String json, Validator validator) throws Exception {
        JsonNode node = JSON.readTree(json);
        return Shape.parse(node, validator);
    }

    @Test
    void a_box_may_end_exactly_on_the_page_edge_despite_floating_point_sums() throws Exception {
        Validator validator = new Validator();
        Shape shape = parse("{\"type\": \"rect\", \"x\": 0.7, \"y\": 0.9, \"w\": 0.3, \"h\": 0.1}", validator);
        assertThat(validator.hasErrors()).isFalse();
        assertThat(shape).isEqualTo(new Shape.Rect(0.7, 0.9, 0.3, 0.1));
    }

    @Test
    void numbers_too_large_for_a_double_are_out_of_range_not_a_crash() throws Exception {
        Validator validator = new Validator();
        assertThat(parse("{\"type\": \"point\", \"x\": 1e400, \"y\": 0}", validator)).isNull();
        assertThat(validator.hasErrors()).isTrue();
    }

    @Test
    void an_arrow_may_point_up_and_left_but_its_head_stays_on_the_page() throws Exception {
        Validator ok = new Validator();
        assertThat(parse("{\"type\": \"arrow\", \"x\": 1, \"y\": 1, \"w\": -1, \"h\": -1}", ok))
                .isEqualTo(new Shape.Arrow(1, 1, -1, -1));
        assertThat(ok.hasErrors()).isFalse();
        Validator off = new Validator();
        assertThat(parse("{\"type\": \"arrow\", \"x\": 0.5, \"y\": 0.5, \"w\": 0, \"h\": -0.6}", off)).isNull();
        assertThat(off.hasErrors()).isTrue();
    }

    @Test
    void a_stored_shape_reads_back_as_it_was_written() {
        Shape freehand = new Shape.Freehand(java.util.List.of(new double[] { 0, 1 }, new double[] { 0.25, 0.5 }));
        Shape read = Shape.fromStored(freehand.type(), freehand.toJson());
        assertThat(read.toMap()).isEqualTo(freehand.toMap());
        Shape line = new Shape.Line(0, 0.5, 1, 0.5);
        assertThat(Shape.fromStored("line", line.toJson())).isEqualTo(line);
        assertThat(line.toJson()).isEqualTo("{\"x1\":0.0,\"y1\":0.5,\"x2\":1.0,\"y2\":0.5}");
    }

    @Test
    void more_than_two_thousand_freehand_points_are_refused() throws Exception {
        StringBuilder points = new StringBuilder("[");
        for (int i = 0; i <= Shape.MAX_POINTS; i++) {
            points.append(i == 0 ? "" : ",").append("[0.5, 0.5]");
        }
        Validator validator = new Validator();
        assertThat(parse("{\"type\": \"freehand\", \"points\": " + points + "]}", validator)).isNull();
        assertThat(validator.hasErrors()).isTrue();
    }
}

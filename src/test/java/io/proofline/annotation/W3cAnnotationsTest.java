package io.proofline.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.proofline.asset.Asset;

class W3cAnnotationsTest {

    @Test
    void a_file_processing_has_not_measured_exports_percentages() {
        W3cAnnotations.Space space = W3cAnnotations.Space.of(new Asset());
        Map<String, Object> rect = W3cAnnotations.selector(new Shape.Rect(0.125, 0.25, 0.5, 0.5), space);
        assertThat(rect.get("value")).isEqualTo("xywh=percent:12.5,25,50,50");
        String svg = W3cAnnotations.svg(new Shape.Line(0, 0, 1, 0.5), space);
        assertThat(svg).contains("viewBox=\"0 0 100 100\"").contains("<line x1=\"0\" y1=\"0\" x2=\"100\" y2=\"50\"/>");
    }

    @Test
    void a_rect_in_pixels_is_whole_pixels_at_least_one_wide() {
        Asset asset = new Asset();
        asset.width = 1000;
        asset.height = 10;
        W3cAnnotations.Space space = W3cAnnotations.Space.of(asset);
        assertThat(space.xywh(new Shape.Rect(0.3333, 0.01, 0.0001, 0.01))).isEqualTo("xywh=333,0,1,1");
    }

    @Test
    void an_arrow_head_has_two_barbs_mirrored_about_the_shaft() {
        Asset asset = new Asset();
        asset.width = 400;
        asset.height = 400;
        // a horizontal arrow pointing right: barbs above and below the head, behind it
        String path = W3cAnnotations.arrowPath(new Shape.Arrow(0.25, 0.5, 0.5, 0), W3cAnnotations.Space.of(asset));
        String[] parts = path.split(" ");
        assertThat(path).startsWith("M 100 200 L 300 200 M ");
        double leftX = Double.parseDouble(parts[7]);
        double leftY = Double.parseDouble(parts[8]);
        double rightX = Double.parseDouble(parts[13]);
        double rightY = Double.parseDouble(parts[14]);
        assertThat(leftX).isLessThan(300).isEqualTo(rightX);
        assertThat(leftY - 200).isEqualTo(-(rightY - 200)).isNotZero();
    }
}

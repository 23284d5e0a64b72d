package io.proofline.annotation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.system.Validator;

/**
 * What an annotation marks on its page, in coordinates normalised to 0–1 from the page's top-left corner (DESIGN.md:
 * "Where the seeds are silent"). rect and circle: {@code x, y} is the top-left of the bounding box and {@code w, h} its
 * size (a circle is the ellipse inscribed in the box); arrow: tail at {@code (x, y)}, head at {@code (x+w, y+h)}.
 */
public sealed interface Shape {

    /** Most points a freehand stroke may have; a stroke sampled at 60 Hz for half a minute stays below it. */
    int MAX_POINTS = 2000;

    List<String> TYPES = List.of("point", "circle", "rect", "arrow", "line", "freehand");

    String type();

    /** The fields without the type, in the order the API prints them. */
    Map<String, Object> fields();

    /** The API's shape object: {@code type} first, then the fields. */
    default Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type());
        map.putAll(fields());
        return map;
    }

    /** The fields as stored in {@code annotation.shape_json}. */
    default String toJson() {
        try {
            return Json.MAPPER.writeValueAsString(fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record Point(double x, double y) implements Shape {
        public String type() {
            return "point";
        }

        public Map<String, Object> fields() {
            return ordered("x", x, "y", y);
        }
    }

    record Rect(double x, double y, double w, double h) implements Shape {
        public String type() {
            return "rect";
        }

        public Map<String, Object> fields() {
            return boxFields(x, y, w, h);
        }
    }

    record Circle(double x, double y, double w, double h) implements Shape {
        public String type() {
            return "circle";
        }

        public Map<String, Object> fields() {
            return boxFields(x, y, w, h);
        }
    }

    /** From the tail {@code (x, y)} to the head {@code (x+w, y+h)}; w and h may be negative. */
    record Arrow(double x, double y, double w, double h) implements Shape {
        public String type() {
            return "arrow";
        }

        public Map<String, Object> fields() {
            return boxFields(x, y, w, h);
        }
    }

    record Line(double x1, double y1, double x2, double y2) implements Shape {
        public String type() {
            return "line";
        }

        public Map<String, Object> fields() {
            return ordered("x1", x1, "y1", y1, "x2", x2, "y2", y2);
        }
    }

    /** Points as {@code [x, y]} pairs, in drawing order. */
    record Freehand(List<double[]> points) implements Shape {
        public String type() {
            return "freehand";
        }

        public Map<String, Object> fields() {
            List<List<Double>> pairs = new ArrayList<>(points.size());
            for (double[] point : points) {
                pairs.add(List.of(point[0], point[1]));
            }
            return ordered("points", pairs);
        }
    }

    /**
     * Reads a shape from a request. Every problem is added to the validator under {@code shape} or
     * {@code shape.<field>}; the result is null when there was one.
     */
    static Shape parse(JsonNode node, Validator validator) {
        if (node == null || node.isNull()) {
            validator.add("shape", "'shape' must not be empty.");
            return null;
        }
        if (!node.isObject()) {
            validator.add("shape", "'shape' must be an object.");
            return null;
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.asText())) {
            validator.add("shape.type", "'shape.type' must be one of " + String.join(", ", TYPES) + ".");
            return null;
        }
        Numbers numbers = new Numbers(node, validator);
        Shape shape = switch (type.asText()) {
            case "point" -> new Point(numbers.unit("x"), numbers.unit("y"));
            case "rect" -> box(numbers, Rect::new);
            case "circle" -> box(numbers, Circle::new);
            case "arrow" -> arrow(numbers);
            case "line" -> new Line(numbers.unit("x1"), numbers.unit("y1"), numbers.unit("x2"), numbers.unit("y2"));
            default -> freehand(node.get("points"), validator);
        };
        return numbers.failed || validator.hasErrors() ? null : shape;
    }

    /** A shape as stored; the stored JSON was written by {@link #toJson()}. */
    static Shape fromStored(String type, String json) {
        Validator validator = new Validator();
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("type", type);
            Shape shape = parse(node, validator);
            if (shape == null) {
                throw new IllegalStateException("Stored shape is invalid: " + type + " " + json);
            }
            return shape;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored shape is not JSON: " + json, e);
        }
    }

    private static Shape box(Numbers numbers, BoxFactory factory) {
        double x = numbers.unit("x");
        double y = numbers.unit("y");
        double w = numbers.unit("w");
        double h = numbers.unit("h");
        if (!numbers.failed) {
            numbers.positive("w", w);
            numbers.positive("h", h);
            numbers.within("x", "w", x + w);
            numbers.within("y", "h", y + h);
        }
        return factory.make(x, y, w, h);
    }

    private static Shape arrow(Numbers numbers) {
        double x = numbers.unit("x");
        double y = numbers.unit("y");
        double w = numbers.signedUnit("w");
        double h = numbers.signedUnit("h");
        if (!numbers.failed) {
            numbers.within("x", "w", x + w);
            numbers.within("y", "h", y + h);
            if (w == 0 && h == 0) {
                numbers.fail("shape", "An arrow's head must not be at its tail.");
            }
        }
        return new Arrow(x, y, w, h);
    }

    private static Shape freehand(JsonNode points, Validator validator) {
        if (points == null || !points.isArray() || points.size() < 2) {
            validator.add("shape.points", "'shape.points' must be an array of at least 2 [x, y] pairs.");
            return null;
        }
        if (points.size() > MAX_POINTS) {
            validator.add("shape.points", "'shape.points' must not have more than " + MAX_POINTS + " items.");
            return null;
        }
        List<double[]> pairs = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            JsonNode pair = points.get(i);
            String name = "shape.points[" + i + "]";
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isNumber() || !pair.get(1).isNumber()) {
                validator.add(name, "'" + name + "' must be an [x, y] pair of numbers.");
                return null;
            }
            double x = pair.get(0).doubleValue();
            double y = pair.get(1).doubleValue();
            if (!inUnit(x) || !inUnit(y)) {
                validator.add(name, "'" + name + "' must have coordinates between 0 and 1.");
                return null;
            }
            pairs.add(new double[] { x, y });
        }
        return new Freehand(List.copyOf(pairs));
    }

    private static boolean inUnit(double value) {
        return Double.isFinite(value) && value >= 0 && value <= 1;
    }

    /** rect, circle and arrow share their fields: a start {@code (x, y)} and an extent {@code (w, h)}. */
    private static Map<String, Object> boxFields(double x, double y, double w, double h) {
        return ordered("x", x, "y", y, "w", w, "h", h);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @FunctionalInterface
    interface BoxFactory {
        Shape make(double x, double y, double w, double h);
    }

    /** Reads numeric fields of a shape object, reporting each problem once. */
    final class Numbers {
        private final JsonNode node;
        private final Validator validator;
        boolean failed;

        Numbers(JsonNode node, Validator validator) {
            this.node = node;
            this.validator = validator;
        }

        double unit(String field) {
            double value = number(field);
            if (!failed && !inUnit(value)) {
                fail("shape." + field, "'shape." + field + "' must be between 0 and 1.");
            }
            return value;
        }

        double signedUnit(String field) {
            double value = number(field);
            if (!failed && !(Double.isFinite(value) && value >= -1 && value <= 1)) {
                fail("shape." + field, "'shape." + field + "' must be between -1 and 1.");
            }
            return value;
        }

        void positive(String field, double value) {
            if (value <= 0) {
                fail("shape." + field, "'shape." + field + "' must be greater than 0.");
            }
        }

        /** The far edge (or head) {@code start + size} must lie on the page. */
        void within(String start, String size, double end) {
            if (!(end >= 0 && end <= 1 + 1e-9)) {
                fail("shape." + size, "'shape." + start + "' + 'shape." + size + "' must be between 0 and 1.");
            }
        }

        void fail(String field, String message) {
            validator.add(field, message);
            failed = true;
        }

        private double number(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                fail("shape." + field, "'shape." + field + "' must not be empty.");
                return 0;
            }
            if (!value.isNumber()) {
                fail("shape." + field, "'shape." + field + "' must be a number.");
                return 0;
            }
            return value.doubleValue();
        }
    }

    /** A plain mapper for the stored form, which only this type writes and reads. */
    final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }
    }
}

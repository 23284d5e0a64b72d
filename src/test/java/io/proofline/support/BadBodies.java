package io.proofline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.restassured.response.Response;

/** Request bodies no endpoint may answer with a 500: each must get a 4xx in the workflow face's shape. */
public final class BadBodies {

    private BadBodies() {
    }

    /** A body with the Content-Type it is sent with. */
    public record BadBody(String description, String contentType, String body) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** Bodies that are not a JSON object of any kind. */
    public static Stream<BadBody> notAnObject() {
        return Stream.of(new BadBody("garbage JSON", "application/json", "{not json"),
                new BadBody("truncated JSON", "application/json", "{\"name\": \"x\""),
                new BadBody("a JSON array", "application/json", "[]"),
                new BadBody("a JSON string", "application/json", "\"text\""),
                new BadBody("a JSON number", "application/json", "42"),
                new BadBody("a JSON boolean", "application/json", "true"),
                new BadBody("two JSON objects", "application/json", "{} {}"),
                new BadBody("binary junk", "application/json", "\u0000\u0001\u00ff"),
                new BadBody("plain text", "text/plain", "hello"),
                new BadBody("a form", "application/x-www-form-urlencoded", "name=x"),
                new BadBody("XML", "application/xml", "<project/>"));
    }

    /**
     * Sends bodies whose fields have the wrong JSON type (every field gets each wrong kind of value) and checks each is
     * a 400 that names the field.
     */
    public static void assertWrongTypesRefused(Function<String, Response> send, List<String> stringFields,
            List<String> arrayFields) {
        Stream<Map.Entry<String, String>> strings = stringFields.stream()
                .flatMap(field -> Stream.of("12", "1.5", "true", "[\"x\"]", "{\"a\": 1}")
                        .map(value -> Map.entry(field, "{\"" + field + "\": " + value + "}")));
        Stream<Map.Entry<String, String>> arrays = arrayFields.stream()
                .flatMap(field -> Stream.of("\"x\"", "3", "[1, 2]", "[true]", "[[\"x\"]]", "{\"a\": \"b\"}")
                        .map(value -> Map.entry(field, "{\"" + field + "\": " + value + "}")));
        Stream.concat(strings, arrays).forEach(sent -> {
            Response response = send.apply(sent.getValue());
            assertThat(response.statusCode()).as(sent.getValue()).isEqualTo(400);
            assertWorkflowClientError(response);
            assertThat(response.jsonPath().getMap("errors").keySet()).as(sent.getValue())
                    .anySatisfy(key -> assertThat(String.valueOf(key)).startsWithIgnoringCase(sent.getKey()));
        });
    }

    /** The reply is a 4xx in the workflow face's shape: the validation problem or the envelope. */
    public static void assertWorkflowClientError(Response response) {
        int status = response.statusCode();
        assertThat(status).as("status of " + response.asString()).isBetween(400, 499);
        if (status == 400) {
            assertThat(response.jsonPath().getString("title")).isEqualTo("One or more validation errors occurred.");
            assertThat(response.jsonPath().getInt("status")).isEqualTo(400);
            assertThat(response.jsonPath().getMap("errors")).isNotEmpty();
            assertThat(response.jsonPath().getString("traceId")).isNotBlank();
        } else {
            assertThat(response.jsonPath().getString("version")).isEqualTo("1.0");
            assertThat(response.jsonPath().getInt("statusCode")).isEqualTo(status);
            assertThat(response.jsonPath().getString("message")).isNotBlank();
        }
    }
}

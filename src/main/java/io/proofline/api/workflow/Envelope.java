package io.proofline.api.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The workflow seed's reply: {@code {version, statusCode, message, result}}. */
@JsonPropertyOrder({ "version", "statusCode", "message", "result" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope<T>(String version, int statusCode, String message, T result) {

    public static <T> Envelope<T> get(T result) {
        return new Envelope<>("1.0", 200, "GET Request successful.", result);
    }

    public static <T> Envelope<T> post(T result) {
        return new Envelope<>("1.0", 200, "POST Request successful.", result);
    }

    public static <T> Envelope<T> put(T result) {
        return new Envelope<>("1.0", 200, "PUT Request successful.", result);
    }

    public static <T> Envelope<T> delete(T result) {
        return new Envelope<>("1.0", 200, "DELETE Request successful.", result);
    }

    public static Envelope<Void> error(int status, String message) {
        return new Envelope<>("1.0", status, message, null);
    }
}

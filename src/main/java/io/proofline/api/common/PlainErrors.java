package io.proofline.api.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Failures of requests no face answers (signed media links, the review pages' JSON, unknown paths): {@code {"error":
 * "…"}}, validation as 400.
 */
public class PlainErrors implements FaceErrors {

    @Override
    public boolean answers(String path) {
        return true;
    }

    @Override
    public Response failure(int status, String message, Throwable cause) {
        return json(status, Map.of("error", message));
    }

    @Override
    public Response invalid(Map<String, List<String>> errors) {
        return json(400, Map.of("error", FaceErrors.describe(errors)));
    }

    public static Response json(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}

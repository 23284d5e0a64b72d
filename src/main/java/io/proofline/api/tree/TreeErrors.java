package io.proofline.api.tree;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.proofline.api.common.Face;
import io.proofline.api.common.FaceErrors;
import io.proofline.api.common.PlainErrors;
import io.proofline.system.NotAuthorException;

/**
 * Frame.io's failures: {@code {code, errors: [{code, detail, status, title}], message}}; invalid arguments are 422, and
 * changing what is not yours is 403.
 */
@ApplicationScoped
public class TreeErrors implements FaceErrors {

    @Override
    public boolean answers(String path) {
        return Face.of(path) == Face.TREE;
    }

    @Override
    public int status(RuntimeException failure, int common) {
        return failure instanceof NotAuthorException ? 403 : common;
    }

    @Override
    public Response failure(int status, String message, Throwable cause) {
        return PlainErrors.json(status, TreeError.of(status, title(status), message));
    }

    @Override
    public Response invalid(Map<String, List<String>> errors) {
        return PlainErrors.json(422, TreeError.of(422, "Invalid arguments", FaceErrors.describe(errors)));
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Invalid arguments";
            case 429 -> "Too Many Requests";
            default -> status >= 500 ? "Internal Server Error" : "Bad Request";
        };
    }
}

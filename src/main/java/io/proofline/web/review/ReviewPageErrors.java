package io.proofline.web.review;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.proofline.api.common.FaceErrors;

/**
 * Failures on the review pages, {@code /r/{token}…} and {@code /t/{token}…}, as pages with a heading and a sentence for
 * the reviewer, never a stack trace or raw JSON. (The pages' own JSON, {@code …/annotations}, keeps the plain JSON
 * errors its script reads.)
 */
@ApplicationScoped
public class ReviewPageErrors implements FaceErrors {

    private static final Pattern PAGES = Pattern.compile("/[rt]/[^/]+(/(?!annotations(/|$)).*)?");

    @Override
    public boolean answers(String path) {
        return path != null && PAGES.matcher(path).matches();
    }

    @Override
    public Response failure(int status, String message, Throwable cause) {
        if (status >= 500) {
            return ReviewPageResource.status(500, "Something went wrong",
                    "Something went wrong on our side. Please try again later.");
        }
        if (cause instanceof ReviewGoneException gone) {
            return ReviewPageResource.status(status, gone.heading, message);
        }
        if (cause == null) {
            return ReviewPageResource.status(status, status == 404 ? "Not found" : "This did not work",
                    "The request could not be handled (" + status + ").");
        }
        return ReviewPageResource.status(status, heading(status), message);
    }

    @Override
    public Response invalid(Map<String, List<String>> errors) {
        return ReviewPageResource.status(400, "This did not work", FaceErrors.describe(errors));
    }

    private static String heading(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 410 -> ReviewGoneException.NO_LONGER_AVAILABLE;
            case 403 -> "Please open the review again";
            case 429 -> "Too many attempts";
            default -> "This did not work";
        };
    }
}

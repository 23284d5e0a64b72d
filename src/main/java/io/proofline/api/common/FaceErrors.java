package io.proofline.api.common;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

/**
 * How one face (or the review pages) answers a failure: the status it prints for each kind of domain failure and the
 * body it documents. Each face has one, as a bean in its own package; {@link ErrorMapper} asks the one whose paths the
 * request is on, so this package knows no face's classes.
 */
public interface FaceErrors {

    /** Whether requests on this path are this face's. */
    boolean answers(String path);

    /**
     * The status this face prints for a domain failure, given the status most faces print for it ({@code common}); a
     * face whose seed differs overrides it.
     */
    default int status(RuntimeException failure, int common) {
        return common;
    }

    /** A failure that is not about the request's fields. */
    Response failure(int status, String message, Throwable cause);

    /** Missing, malformed or out-of-bounds fields, keyed by the request's parameter names. */
    Response invalid(Map<String, List<String>> errors);

    /** The field errors as one sentence list, for faces whose bodies have a single message. */
    static String describe(Map<String, List<String>> errors) {
        return errors.values().stream().flatMap(List::stream).collect(Collectors.joining(" "));
    }
}

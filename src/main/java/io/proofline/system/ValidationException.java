package io.proofline.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that is missing, malformed or out of bounds, keyed by the request's parameter name. */
public class ValidationException extends RuntimeException {

    public final Map<String, List<String>> errors;

    public ValidationException(Map<String, List<String>> errors) {
        super(errors.toString());
        this.errors = errors;
    }

    public static ValidationException of(String parameter, String message) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        errors.put(parameter, List.of(message));
        return new ValidationException(errors);
    }
}

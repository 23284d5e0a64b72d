package io.proofline.api.workflow;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The workflow seed's 400 body (RFC 7231 validation problem). */
@JsonPropertyOrder({ "errors", "type", "title", "status", "traceId" })
public record ValidationProblem(Map<String, List<String>> errors, String type, String title, int status,
        String traceId) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ValidationProblem of(Map<String, List<String>> errors) {
        return new ValidationProblem(errors, "https://tools.ietf.org/html/rfc7231#section-6.5.1",
                "One or more validation errors occurred.", 400, newTraceId());
    }

    /** "|a4a45224-4a7c03bbd5172369." as the seed prints it. */
    static String newTraceId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return "|" + hex.substring(0, 8) + "-" + hex.substring(8) + ".";
    }
}

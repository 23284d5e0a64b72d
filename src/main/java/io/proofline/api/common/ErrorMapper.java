package io.proofline.api.common;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.proofline.system.ConflictException;
import io.proofline.system.ForbiddenException;
import io.proofline.system.GoneException;
import io.proofline.system.NoChangeException;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.StateRuleException;
import io.proofline.system.ThrottledException;
import io.proofline.system.TooLargeException;
import io.proofline.system.UnauthorizedException;
import io.proofline.system.ValidationException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Maps every failure once: a domain failure (which carries a meaning, not a status) gets the status most faces print
 * for its meaning, then the face the request came in on ({@link FaceErrors}, one per face, found by path) may print
 * another and writes its documented body. Nothing escapes as a bare 500 with a stack trace.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final FaceErrors PLAIN = new PlainErrors();

    @Inject
    Instance<FaceErrors> faces;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return domain(request, e, 404);
    }

    /** A rule of the object forbids this (the workflow seed's 412); its narrower kinds below. */
    @ServerExceptionMapper
    public Response stateRule(StateRuleException e, HttpServerRequest request) {
        return domain(request, e, 412);
    }

    @ServerExceptionMapper
    public Response readOnly(ReadOnlyException e, HttpServerRequest request) {
        return domain(request, e, 406);
    }

    @ServerExceptionMapper
    public Response noChange(NoChangeException e, HttpServerRequest request) {
        return domain(request, e, 406);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, HttpServerRequest request) {
        return domain(request, e, 409);
    }

    @ServerExceptionMapper
    public Response gone(GoneException e, HttpServerRequest request) {
        return domain(request, e, 410);
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, HttpServerRequest request) {
        return domain(request, e, 413);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return domain(request, e, 403);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, HttpServerRequest request) {
        return invalid(request, e.errors);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, HttpServerRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            String name = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            errors.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(violation.getMessage());
        });
        return invalid(request, errors);
    }

    @ServerExceptionMapper
    public Response throttled(ThrottledException e, HttpServerRequest request) {
        return Response.fromResponse(domain(request, e, 429)).header("Retry-After", e.retryAfterSeconds).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorizedResponse(request, e.getMessage());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorizedResponse(request, "Unauthorized.");
    }

    @ServerExceptionMapper
    public Response securityUnauthorized(io.quarkus.security.UnauthorizedException e, HttpServerRequest request) {
        return unauthorizedResponse(request, "Unauthorized.");
    }

    @ServerExceptionMapper
    public Response securityForbidden(io.quarkus.security.ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, "Forbidden.");
    }

    @ServerExceptionMapper
    public Response badJson(JsonParseException e, HttpServerRequest request) {
        return invalid(request, Map.of("body", List.of("The request body is not valid JSON.")));
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return invalid(request, jsonErrors(e));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return invalid(request, jsonErrors(e));
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return invalid(request, jsonErrors(e));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return invalid(request, Map.of("body", List.of("The request body is not valid JSON.")));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpServerRequest request) {
        return respond(request, 415, "Unsupported content type; send application/json.");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        return Response.fromResponse(respond(request, 405, "Method not allowed."))
                .allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return respond(request, 404, "Not found.");
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(request, status, "Internal server error.");
        }
        if (status == 400) {
            // the JSON reader wraps syntax errors: report them like the unwrapped ones
            if (e.getCause() instanceof JsonMappingException mapping) {
                return jsonMapping(mapping, request);
            }
            if (e.getCause() instanceof JsonProcessingException syntax) {
                return json(syntax, request);
            }
            String message = e.getMessage() == null ? "Bad request." : e.getMessage();
            return invalid(request, Map.of("request", List.of(message)));
        }
        return respond(request, status, e.getMessage());
    }

    /** A multipart body that does not parse is the client's fault, not a 500. */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e, HttpServerRequest request) {
        return invalid(request, Map.of("body", List.of("The request body is not valid multipart/form-data.")));
    }

    /** A multipart upload that {@link MultipartStream} cannot read. */
    @ServerExceptionMapper
    public Response unreadableMultipart(MultipartStream.MalformedException e, HttpServerRequest request) {
        return malformedMultipart(null, request);
    }

    /**
     * A multipart body that ends before its closing boundary surfaces as a plain IOException from the parser; other I/O
     * failures are the server's and stay 500s.
     */
    @ServerExceptionMapper
    public Response io(java.io.IOException e, HttpServerRequest request) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0 && trace[0].getClassName().startsWith(MultipartParser.class.getPackageName())) {
            return malformedMultipart(null, request);
        }
        return unexpected(e, request);
    }

    /**
     * A form body with a broken percent-escape ({@code name=%zz}) fails in the framework's form parser as an
     * IllegalArgumentException; that one is the client's fault, any other stays a 500.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, HttpServerRequest request) {
        boolean formParser = Arrays.stream(e.getStackTrace()).limit(8)
                .anyMatch(frame -> frame.getClassName().contains(".FormEncodedData"));
        if (formParser) {
            return invalid(request, Map.of("body", List.of("The request body is not valid URL-encoded form data.")));
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpServerRequest request) {
        LOG.error("Unexpected failure on " + request.method() + " " + request.path(), e);
        return respond(request, 500, "Internal server error.");
    }

    static Map<String, List<String>> jsonErrors(JsonMappingException e) {
        String field = e.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                : "[" + reference.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
        String name = field.isEmpty() ? "body" : field;
        String message = field.isEmpty() ? "The request body has the wrong shape."
                : "The value of '" + name + "' has the wrong type.";
        return Map.of(name, List.of(message));
    }

    private Response invalid(HttpServerRequest request, Map<String, List<String>> errors) {
        return errors(request).invalid(errors);
    }

    private Response unauthorizedResponse(HttpServerRequest request, String message) {
        return Response.fromResponse(respond(request, 401, message)).header("WWW-Authenticate", "Bearer").build();
    }

    private Response domain(HttpServerRequest request, RuntimeException failure, int common) {
        FaceErrors face = errors(request);
        return face.failure(face.status(failure, common), failure.getMessage(), failure);
    }

    /** A failure that is not a domain failure (framework, parser), in the face's shape. */
    private Response respond(HttpServerRequest request, int status, String message) {
        return errors(request).failure(status, message, null);
    }

    private FaceErrors errors(HttpServerRequest request) {
        String path = request.path();
        for (FaceErrors face : faces) {
            if (face.answers(path)) {
                return face;
            }
        }
        return PLAIN;
    }
}

package io.proofline.api.tree;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.api.common.Face;
import io.proofline.system.ValidationException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * Frame.io's Python client sends every request with a JSON body, GETs included, and puts a GET's parameters
 * ({@code page}, {@code page_size}, {@code type}, ...) in that body. For a GET on /v2 this filter copies the body's
 * top-level values into the query string where the query lacks them, before routing, so that every resource reads its
 * parameters with {@code @QueryParam} however they came. A body that is not JSON is a 422, never a 500.
 */
public class GetBodyParameters {

    /** A parameter body is a few hundred bytes; anything near this is not one. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> copyBodyToQuery(ContainerRequestContext context, HttpServerRequest request) {
        if (!"GET".equals(context.getMethod()) || Face.of(request.path()) != Face.TREE || !hasBody(request)
                || !jsonOrUntyped(context.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            return Uni.createFrom().voidItem();
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredTooLong(length)) {
            throw tooLong();
        }
        return Uni.createFrom().<Buffer> emitter(emitter -> {
            Buffer body = Buffer.buffer();
            // read it ourselves rather than with request.body(), which would buffer a chunked body of any size
            request.handler(chunk -> {
                if (body.length() + chunk.length() > MAX_BODY_BYTES) {
                    request.handler(null);
                    emitter.fail(tooLong());
                } else {
                    body.appendBuffer(chunk);
                }
            });
            request.exceptionHandler(emitter::fail);
            request.endHandler(ignored -> emitter.complete(body));
            // RESTEasy Reactive pauses the request until something asks for its body
            request.resume();
        }).invoke(body -> addToQuery(context, parameters(body))).replaceWithVoid();
    }

    private static boolean declaredTooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            throw ValidationException.of("body", "The Content-Length header is not a number.");
        }
    }

    private static ValidationException tooLong() {
        return ValidationException.of("body", "The request body of a GET must be a small JSON object.");
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0")) || request.getHeader("Transfer-Encoding") != null;
    }

    /** Clients that send a body with another declared type did not mean it as parameters. */
    private static boolean jsonOrUntyped(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The body's top-level scalars (and arrays of scalars, comma-joined) as parameter values. */
    List<Map.Entry<String, String>> parameters(Buffer body) {
        if (body.length() > MAX_BODY_BYTES) {
            throw tooLong();
        }
        JsonNode root;
        try {
            root = body.length() == 0 ? null
                    : json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body.getBytes());
        } catch (JsonProcessingException e) {
            throw ValidationException.of("body", "The request body is not valid JSON.");
        } catch (java.io.IOException e) {
            throw ValidationException.of("body", "The request body could not be read.");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw ValidationException.of("body", "The request body of a GET must be a JSON object.");
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String value = text(field.getValue());
            if (value != null) {
                parameters.add(Map.entry(field.getKey(), value));
            }
        }
        return parameters;
    }

    private static String text(JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isValueNode() || item.isNull()) {
                    return null;
                }
                items.add(item.asText());
            }
            return String.join(",", items);
        }
        return null;
    }

    private static void addToQuery(ContainerRequestContext context, List<Map.Entry<String, String>> parameters) {
        MultivaluedMap<String, String> present = context.getUriInfo().getQueryParameters();
        URI uri = context.getUriInfo().getRequestUri();
        StringBuilder query = new StringBuilder(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        boolean added = false;
        for (Map.Entry<String, String> parameter : parameters) {
            if (present.containsKey(parameter.getKey())) {
                continue;
            }
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            added = true;
        }
        if (added) {
            String base = uri.toString();
            int cut = base.indexOf('?');
            context.setRequestUri(URI.create((cut < 0 ? base : base.substring(0, cut)) + "?" + query));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

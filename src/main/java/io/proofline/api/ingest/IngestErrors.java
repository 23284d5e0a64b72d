package io.proofline.api.ingest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.proofline.api.common.ErrorMapper;
import io.proofline.ingest.ExternalIdTakenException;
import io.proofline.ingest.MediaNotAddedException;
import io.vertx.core.http.HttpServerRequest;

/** The ingest seed's 400s, in the face's error shape ({@code {"error": "…"}}). */
public class IngestErrors {

    @ServerExceptionMapper
    public Response mediaNotAdded(MediaNotAddedException e, HttpServerRequest request) {
        return ErrorMapper.respond(request, 400, e.getMessage());
    }

    @ServerExceptionMapper
    public Response externalIdTaken(ExternalIdTakenException e, HttpServerRequest request) {
        return ErrorMapper.respond(request, 400, e.getMessage());
    }
}

package io.proofline.api.ingest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.proofline.api.common.Face;
import io.proofline.api.common.FaceErrors;
import io.proofline.api.common.PlainErrors;
import io.proofline.ingest.ExternalIdTakenException;
import io.proofline.ingest.MediaNotAddedException;

/** The ingest seed's failures: {@code {"error": "…"}}; invalid parameters are 422, its two printed 400s are 400. */
@ApplicationScoped
public class IngestFaceErrors implements FaceErrors {

    @Override
    public boolean answers(String path) {
        return Face.of(path) == Face.INGEST;
    }

    @Override
    public int status(RuntimeException failure, int common) {
        return failure instanceof MediaNotAddedException || failure instanceof ExternalIdTakenException ? 400 : common;
    }

    @Override
    public Response failure(int status, String message, Throwable cause) {
        return PlainErrors.json(status, Map.of("error", message));
    }

    @Override
    public Response invalid(Map<String, List<String>> errors) {
        return PlainErrors.json(422, Map.of("error", FaceErrors.describe(errors)));
    }
}

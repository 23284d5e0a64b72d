package io.proofline.api.workflow;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import io.proofline.api.common.Face;
import io.proofline.api.common.FaceErrors;
import io.proofline.api.common.PlainErrors;

/** The workflow seed's failures: the envelope with the status and message; field errors as its 400 problem body. */
@ApplicationScoped
public class WorkflowErrors implements FaceErrors {

    @Override
    public boolean answers(String path) {
        return Face.of(path) == Face.WORKFLOW;
    }

    @Override
    public Response failure(int status, String message, Throwable cause) {
        return PlainErrors.json(status, Envelope.error(status, message));
    }

    @Override
    public Response invalid(Map<String, List<String>> errors) {
        return PlainErrors.json(400, ValidationProblem.of(errors));
    }
}

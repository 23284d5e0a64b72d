package io.proofline.web.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The annotations of an external review task's review page. */
@Path("/t/{token}/annotations")
public class TaskReviewAnnotationResource extends ReviewAnnotationResource {

    @Inject
    TaskGate gate;

    @Override
    protected ReviewGate gate() {
        return gate;
    }
}

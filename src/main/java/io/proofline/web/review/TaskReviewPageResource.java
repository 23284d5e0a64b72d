package io.proofline.web.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The review pages of an external review task. */
@Path("/t/{token}")
public class TaskReviewPageResource extends ReviewPageResource {

    @Inject
    TaskGate gate;

    @Override
    protected ReviewGate gate() {
        return gate;
    }
}

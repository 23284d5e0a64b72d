package io.proofline.web.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The annotations of a review link's review page. */
@Path("/r/{token}/annotations")
public class LinkReviewAnnotationResource extends ReviewAnnotationResource {

    @Inject
    ReviewLinkGate gate;

    @Override
    protected ReviewGate gate() {
        return gate;
    }
}

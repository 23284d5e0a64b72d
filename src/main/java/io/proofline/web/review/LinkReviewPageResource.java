package io.proofline.web.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/** The review pages of a review link. */
@Path("/r/{token}")
public class LinkReviewPageResource extends ReviewPageResource {

    @Inject
    ReviewLinkGate gate;

    @Override
    protected ReviewGate gate() {
        return gate;
    }
}

package io.proofline.web.review;

/** The review existed but can no longer be opened (410); the message says why, in a sentence for the reviewer. */
public class LinkGoneException extends RuntimeException {

    public LinkGoneException(String reason) {
        super(reason);
    }
}

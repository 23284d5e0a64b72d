package io.proofline.web.review;

import io.proofline.system.GoneException;

/**
 * The review existed but can no longer be opened (410): the heading and message say why, in sentences for the reviewer.
 */
public class ReviewGoneException extends GoneException {

    public static final String NO_LONGER_AVAILABLE = "This review is no longer available";

    public final String heading;

    public ReviewGoneException(String reason) {
        this(NO_LONGER_AVAILABLE, reason);
    }

    public ReviewGoneException(String heading, String reason) {
        super(reason);
        this.heading = heading;
    }
}

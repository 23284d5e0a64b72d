package io.proofline.system;

/**
 * The object does not exist or the caller may not see it. Both cases are the same failure on every face, so that ids of
 * other tenants reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}

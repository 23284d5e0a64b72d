package io.proofline.system;

/** Missing, invalid or expired credentials (401). */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}

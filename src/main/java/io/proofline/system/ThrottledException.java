package io.proofline.system;

/** Too many requests of one kind; the client may retry after the given number of seconds. */
public class ThrottledException extends RuntimeException {

    public final long retryAfterSeconds;

    public ThrottledException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }
}

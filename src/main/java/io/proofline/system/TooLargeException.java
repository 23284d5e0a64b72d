package io.proofline.system;

/** A request body or file larger than the server's limit for it. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}

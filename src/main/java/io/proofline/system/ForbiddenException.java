package io.proofline.system;

/**
 * The caller sees the object but lacks the role for this action (403). Objects the caller may not see at all are a
 * {@link NotFoundException}, never this.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

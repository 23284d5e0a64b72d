package io.proofline.system;

/** The request collides with what has already happened to the object (an upload already complete or expired). */
public class ConflictException extends StateRuleException {

    public ConflictException(String message) {
        super(message);
    }
}

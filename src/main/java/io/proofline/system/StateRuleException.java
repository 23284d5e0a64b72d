package io.proofline.system;

/** A request that is well-formed but not allowed in the object's current state (406 or 412). */
public class StateRuleException extends RuntimeException {

    public final int status;

    public StateRuleException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static StateRuleException notAcceptable(String message) {
        return new StateRuleException(406, message);
    }

    public static StateRuleException preconditionFailed(String message) {
        return new StateRuleException(412, message);
    }
}

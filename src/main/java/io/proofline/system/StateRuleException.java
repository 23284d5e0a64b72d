package io.proofline.system;

/**
 * A well-formed request that a rule of the object, in its current state, does not allow: a move the state machine
 * forbids, a referenced user who cannot take part, a delete before its time. The subclasses name narrower rules; each
 * face decides the status it prints for each (the workflow seed: 412 for this one).
 */
public class StateRuleException extends RuntimeException {

    public StateRuleException(String message) {
        super(message);
    }
}

package io.proofline.system;

/** The request asks for what already is (a project moved to the state it has): it would change nothing. */
public class NoChangeException extends StateRuleException {

    public NoChangeException(String message) {
        super(message);
    }
}

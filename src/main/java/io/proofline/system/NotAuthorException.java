package io.proofline.system;

/**
 * The caller sees the object, but only its author may change it. The workflow face answers 412 (a rule of the object,
 * as its seed prints state rules); /v2 answers 403, as Frame.io does for an action the caller may not take.
 */
public class NotAuthorException extends StateRuleException {

    public NotAuthorException(String message) {
        super(message);
    }
}

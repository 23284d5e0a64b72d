package io.proofline.system;

/** The object existed but is over for good: a review link that closed, a review task that is finished. */
public class GoneException extends StateRuleException {

    public GoneException(String message) {
        super(message);
    }
}

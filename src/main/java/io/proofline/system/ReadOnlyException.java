package io.proofline.system;

/** The object takes no changes in its current state (a Completed, Archived or InTransit project and its contents). */
public class ReadOnlyException extends StateRuleException {

    public ReadOnlyException(String message) {
        super(message);
    }
}

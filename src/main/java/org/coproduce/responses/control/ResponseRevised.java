package org.coproduce.responses.control;

/**
 * Its author edited or withdrew a response, or the screening held a fast-tracked one: a line for
 * the audit trail (moderation records it), with the text before and after. Observed in the
 * transaction that made the change.
 */
public record ResponseRevised(long storyId, long responseId, long accountId, String action, String reason, String before,
        String after) {

    public static final String EDIT = "EDIT_RESPONSE";
    public static final String WITHDRAW = "WITHDRAW_RESPONSE";
    public static final String HOLD = "HOLD_RESPONSE";
}

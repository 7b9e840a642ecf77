package org.coproduce.changes.control;

/**
 * A change was entered into the register ({@code statusBefore} null) or written again, through the
 * register or a published response; observed in the writing transaction.
 */
public record ChangeRecorded(long changeId, long organisationId, String statusBefore, String status) {
}

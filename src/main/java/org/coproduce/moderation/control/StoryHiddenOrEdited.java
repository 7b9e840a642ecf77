package org.coproduce.moderation.control;

/**
 * A published story left public view, came back, or had its public text edited by the moderators
 * after a report (action: AUTO_HIDE, HIDE, UNPUBLISH, RESTORE, EDIT_PUBLISHED). Fired in the
 * decision's transaction: observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record StoryHiddenOrEdited(long storyId, String action) {
}

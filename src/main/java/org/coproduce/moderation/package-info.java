/**
 * Moderation: the queue of received stories (most critical first), decisions to publish (with
 * the de-identified text, criticality and confirmed themes) or reject (with a reason the
 * storyteller sees), moderation of responses and replies (publish as written or edited, reject
 * with a reason from a fixed list), escalation of a safeguarding concern by e-mail to the
 * safeguarding lead and the administrators ({@code EscalationMail}), and the audit trail of every
 * decision with the text before and after. Publishing routes the story in the same transaction.
 * The library of reasons ({@code Reasons}: EN/DE, kept by administrators, versioned and audited)
 * that a story's rejection may name; moderation figures per week ({@code ModerationFigures}, read only).
 * <p>
 * Notice and action (after the EU Digital Services Act): anyone reports a published story or
 * response ({@code Reports}, rate-limited per client; a story reported by enough clients is hidden
 * until decided); moderators dismiss, edit, hide, unpublish or restore with a statement of reasons
 * the storyteller sees and may contest ({@code ReportDecisions}, {@code StoryHiddenOrEdited}).
 * <p>
 * Owns tables: moderation_decision, story_report, moderation_reason, moderation_reason_change, moderation_item_decision.
 */
package org.coproduce.moderation;

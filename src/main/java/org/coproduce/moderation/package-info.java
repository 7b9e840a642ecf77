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
 * Owns tables: moderation_decision, moderation_reason, moderation_reason_change.
 */
package org.coproduce.moderation;

/**
 * Moderation: the queue of received stories (most critical first), decisions to publish (with
 * the de-identified text, criticality and confirmed themes) or reject (with a reason the
 * storyteller sees), moderation of responses and replies, and the audit trail of every decision
 * with the text before and after. Publishing routes the story in the same transaction.
 * <p>
 * Owns tables: moderation_decision.
 */
package org.coproduce.moderation;

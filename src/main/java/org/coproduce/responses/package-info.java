/**
 * Public responses and dialogue: a responder of an organisation a story was routed to answers in
 * public under their name and job title, optionally recording a change planned or made (which
 * joins the change register when the response goes public, through the port ChangeLog); the
 * storyteller replies through the follow link. New responders' responses and every storyteller
 * reply are moderated; after COPRODUCE_FASTTRACK_AFTER clean responses a responder publishes at
 * once, unless the screening (analysis' personal-data finder and safeguarding screen) finds
 * something in the response: then it is held for a moderator. A rejected one keeps the
 * moderator's reason (a code from moderation's list) and note. Authors edit their responses (a
 * published one keeps its public text until a moderator approves the edit, unless fast-tracked
 * and clean; then it shows "edited") and withdraw them; moderation's audit trail keeps every step
 * (event ResponseRevised). Readers mark responses helpful.
 * <p>
 * Owns tables: response.
 */
package org.coproduce.responses;

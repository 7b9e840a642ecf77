/**
 * Citizens take part in changes (issue 16 item 4): a change of the register opened for
 * participation by its organisation's staff; anyone proposes ideas and comments on them (held,
 * screened for personal data and safeguarding terms, published only by a moderator), supports a
 * proposal once (a keyed hash of a random cookie token), follows the change (a following
 * subscription of kind CHANGE, double opt-in); staff answer proposals (adopted, not adopted, under
 * consideration, with the reason) and post milestones (planned, in progress, done), each e-mailed
 * once to every confirmed follower in their language through the outbox. Implements following's
 * port {@code FollowableChanges}. Out of scope: the change itself (the changes component).
 * <p>
 * Owns tables: change_participation, change_contribution, proposal_support, change_milestone, milestone_notice.
 */
package org.coproduce.participation;

/**
 * The change register: what an organisation planned or changed, for which services and themes,
 * answering which stories; and, once a change is made, the storytellers' answer to "did it make
 * a difference?" (asked through their follow link after COPRODUCE_DIFFERENCE_DELAY_DAYS), and the
 * before/after evidence from the outcome summaries. The register drives the public progress of
 * the stories it links (StoryProgress). A change a response records joins or creates an entry
 * when the response goes public (ResponseChanges, the responses component's port ChangeLog).
 * Only stories routed to the change's organisation (or one under it) and only its services may
 * be linked. Out of scope: the response's own words about the change (the responses component
 * keeps those).
 * <p>
 * Owns tables: service_change, change_service, change_theme, change_story, difference_ask.
 */
package org.coproduce.changes;

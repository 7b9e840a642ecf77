/**
 * The change register: what an organisation planned or changed, for which services and themes,
 * answering which stories; and, once a change is made, the storytellers' answer to "did it make
 * a difference?" (asked through their follow link after COPRODUCE_DIFFERENCE_DELAY_DAYS), and the
 * before/after evidence from the outcome summaries. Out of scope: changes recorded inside a
 * single response (the responses component keeps those).
 * <p>
 * Owns tables: service_change, change_service, change_theme, change_story, difference_ask.
 */
package org.coproduce.changes;

package org.coproduce.responses.control;

/** Who answers, as shown in public, and for which organisation. */
public record ResponderInfo(long accountId, String name, String title, long organisationId) {
}

package org.coproduce.responses.control;

/** Who answers, as shown in public, for which organisation, and in which language ("en" or "de"). */
public record ResponderInfo(long accountId, String name, String title, long organisationId, String language) {
}

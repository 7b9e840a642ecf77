package org.coproduce.stories.boundary;

public record ServiceRef(long id, String name, long organisationId, String organisationName) {
}

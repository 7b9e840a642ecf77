package org.coproduce.stories.entity;

import java.util.Set;

/** Where and when, about which service(s), told by whom (by relation only) and how to reach them. */
public record StoryContext(Set<Long> serviceIds, String category, Relation relation, String happened, String email,
        Double latitude, Double longitude) {
}

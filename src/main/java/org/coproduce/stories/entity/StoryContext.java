package org.coproduce.stories.entity;

import java.util.Set;

/**
 * Where and when, about which service(s), told by whom (by relation only), how to reach them, and
 * whether the storyteller agreed that the story may train the theme model.
 */
public record StoryContext(Set<Long> serviceIds, String category, Relation relation, String happened, String email,
        Double latitude, Double longitude, boolean trainingConsent) {

    /** Without consent to training (the default: consent is asked for explicitly). */
    public StoryContext(Set<Long> serviceIds, String category, Relation relation, String happened, String email,
            Double latitude, Double longitude) {
        this(serviceIds, category, relation, happened, email, latitude, longitude, false);
    }
}

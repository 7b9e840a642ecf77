package org.coproduce.stories.entity;

/** How the storyteller relates to the service. */
public enum Relation {
    SERVICE_USER, CARER, RELATIVE, STAFF, OTHER
}

package org.coproduce.stories.entity;

public enum StoryStatus {
    RECEIVED, PUBLISHED, REJECTED, WITHDRAWN
}

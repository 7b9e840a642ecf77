package org.coproduce.analysis.control;

/** A story's analysis was stored (first time or again); observed in the storing transaction. */
public record StoryAnalysed(long storyId) {
}

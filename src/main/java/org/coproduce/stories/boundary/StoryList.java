package org.coproduce.stories.boundary;

import java.util.List;

/**
 * One page of published stories. {@code total} counts at most 1,000 matches; {@code totalAtLeast}
 * says there are more. {@code next} is the {@code after=} cursor of the following page, null on
 * the last. {@code page} is 1 when paging by cursor.
 */
public record StoryList(List<PublishedStoryView> items, long total, boolean totalAtLeast, String next, int page, int size) {
}

package org.coproduce.webhooks.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types an endpoint can ask for, as they appear in the payload's {@code type}.
 */
public final class EventTypes {

    public static final String STORY_ROUTED = "story.routed";
    public static final String STORY_PUBLISHED = "story.published";
    public static final String RESPONSE_PUBLISHED = "response.published";
    public static final String CHANGE_RECORDED = "change.recorded";
    public static final String CHANGE_MADE = "change.made";
    public static final String REPORT_RECEIVED = "report.received";
    public static final List<String> ALL = List.of(STORY_ROUTED, STORY_PUBLISHED, RESPONSE_PUBLISHED, CHANGE_RECORDED, CHANGE_MADE,
            REPORT_RECEIVED);

    private EventTypes() {
    }

    /** The known types among these, in the order of {@link #ALL}; null when one is unknown or none is given. */
    public static Set<String> parse(List<String> wanted) {
        if (wanted == null || wanted.isEmpty() || wanted.stream().anyMatch(w -> w == null || !ALL.contains(w.strip()))) {
            return null;
        }
        var known = new LinkedHashSet<String>();
        ALL.stream().filter(t -> wanted.stream().anyMatch(w -> w.strip().equals(t))).forEach(known::add);
        return known;
    }
}

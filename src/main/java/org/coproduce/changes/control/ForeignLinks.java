package org.coproduce.changes.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a change may not link (issue 12): services that are not its organisation's or those of an
 * organisation under it, and stories not routed to one of them. A story linked before stays
 * linkable, so an old link never blocks an edit.
 *
 * @param services the offending service ids, in order
 * @param stories the offending story ids, in order
 */
public record ForeignLinks(List<Long> services, List<Long> stories) {

    /**
     * @param family the change's organisation and every organisation under it
     * @param familyServices the services of the family
     * @param linkedBefore the stories the change links already
     * @param routedTo the organisations a story was routed to
     */
    public static ForeignLinks of(Set<Long> family, Set<Long> familyServices, Set<Long> linkedBefore, Set<Long> serviceIds,
            Set<Long> storyIds, Function<Long, ? extends java.util.Collection<Long>> routedTo) {
        var services = serviceIds.stream().filter(id -> !familyServices.contains(id)).sorted().toList();
        var stories = storyIds.stream().filter(id -> !linkedBefore.contains(id))
                .filter(id -> routedTo.apply(id).stream().noneMatch(family::contains)).sorted().toList();
        return new ForeignLinks(services, stories);
    }

    public boolean none() {
        return services.isEmpty() && stories.isEmpty();
    }

    /** The 403's detail, naming the offending ids. */
    public String refusal() {
        var parts = new ArrayList<String>();
        if (!stories.isEmpty()) {
            parts.add("storyIds " + join(stories) + " were not routed to this organisation or one under it");
        }
        if (!services.isEmpty()) {
            parts.add("serviceIds " + join(services) + " are not services of this organisation or one under it");
        }
        return String.join("; ", parts) + ".";
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}

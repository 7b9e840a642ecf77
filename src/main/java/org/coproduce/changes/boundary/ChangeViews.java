package org.coproduce.changes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.Difference;
import org.coproduce.changes.entity.LinkedStory;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.outcomes.entity.Figure;
import org.coproduce.providers.control.Directory;

/** Builds change views; the answers (storytellers' and others') are counted, suppressed under 5 for the public. */
@ApplicationScoped
public class ChangeViews {

    @Inject
    Directory directory;

    @Inject
    Scopes scopes;

    @Inject
    org.coproduce.changes.control.OthersAsked othersAsked;

    @Inject
    java.time.Clock clock;

    ChangeView of(Change c) {
        var suppression = scopes.suppressionFor(scopes.of(String.valueOf(c.organisationId()), null));
        Map<String, Figure> difference = new LinkedHashMap<>();
        var others = othersAsked.counts(c.id());
        difference.put("asked", suppression.count(c.stories().stream().filter(s -> s.askable(clock.instant())).count()
                + others.get("asked")));
        for (var d : Difference.values()) {
            difference.put(d.name(), suppression.count(c.stories().stream().filter(s -> d.name().equals(s.difference())).count()
                    + others.getOrDefault(d.name(), 0L)));
        }
        var services = c.serviceIds().stream().sorted().map(directory::service).flatMap(Optional::stream)
                .map(s -> new ChangeView.Ref(s.id(), s.name())).toList();
        return new ChangeView(c.id(), c.organisationId(), directory.organisation(c.organisationId()).map(o -> o.name()).orElse(null),
                c.description(), c.status(), c.plannedOn(), c.madeOn(), services, c.themes().stream().sorted().toList(),
                c.stories().stream().map(LinkedStory::storyId).toList(), difference, c.version());
    }
}

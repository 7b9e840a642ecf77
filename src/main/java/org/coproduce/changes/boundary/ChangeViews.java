package org.coproduce.changes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coproduce.changes.control.DifferenceCounts;
import org.coproduce.changes.entity.Change;
import org.coproduce.changes.entity.LinkedStory;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.outcomes.entity.Figure;
import org.coproduce.providers.control.Directory;

/** Builds change views; the answers (storytellers' of public stories, and others') are counted, suppressed under 5 for the public. */
@ApplicationScoped
public class ChangeViews {

    @Inject
    Directory directory;

    @Inject
    Scopes scopes;

    @Inject
    DifferenceCounts differences;

    ChangeView of(Change c) {
        var suppression = scopes.suppressionFor(scopes.of(String.valueOf(c.organisationId()), null));
        Map<String, Figure> difference = new LinkedHashMap<>();
        differences.of(c).forEach((answer, n) -> difference.put(answer, suppression.count(n)));
        var services = c.serviceIds().stream().sorted().map(directory::service).flatMap(Optional::stream)
                .map(s -> new ChangeView.Ref(s.id(), s.name())).toList();
        return new ChangeView(c.id(), c.organisationId(), directory.organisation(c.organisationId()).map(o -> o.name()).orElse(null),
                c.description(), c.status(), c.plannedOn(), c.madeOn(), services, c.themes().stream().sorted().toList(),
                c.stories().stream().map(LinkedStory::storyId).toList(), difference, c.version());
    }
}

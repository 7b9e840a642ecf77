package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.providers.control.Directory;

/** Builds the views of barriers in the caller's language. */
@RequestScoped
public class BarrierViews {

    @Inject
    Barriers barriers;

    @Inject
    BarrierCategories categories;

    @Inject
    Directory directory;

    public String label(String category, String language) {
        return categories.find(category).map(c -> c.label(language)).orElse(category);
    }

    public BarrierView view(BarrierReport b, String language, boolean withExactPoint) {
        var routed = barriers.routedTo(b.id()).stream().sorted()
                .map(id -> new BarrierView.Organisation(id, directory.organisation(id).map(o -> o.name()).orElse("")))
                .toList();
        Map<Long, String> names = routed.stream().collect(Collectors.toMap(BarrierView.Organisation::id, BarrierView.Organisation::name));
        var history = barriers.history(b.id()).stream().map(c -> new BarrierView.HistoryItem(c.status().name(), c.note(),
                names.getOrDefault(c.organisationId(), directory.organisation(c.organisationId()).map(o -> o.name()).orElse("")),
                c.changedAt())).toList();
        var exact = withExactPoint ? b.exact() : null;
        return new BarrierView(b.id(), b.category(), label(b.category(), language), b.place(), b.description(), b.language(),
                b.shown().latitude(), b.shown().longitude(), exact == null ? null : exact.latitude(), exact == null ? null : exact.longitude(),
                b.status().name(), b.metCount(), b.decidedAt(), b.statusAt(), routed, history);
    }

    public PendingBarrierView pending(BarrierReport b, String language) {
        var exact = b.exact();
        return new PendingBarrierView(b.id(), b.category(), label(b.category(), language), b.place(), b.description(), b.language(),
                exact == null ? null : exact.latitude(), exact == null ? null : exact.longitude(), b.shown().latitude(), b.shown().longitude(),
                b.screening(), b.email() != null, b.state().name(), b.submittedAt(), b.version());
    }
}

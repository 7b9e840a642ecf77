package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.control.BarrierPhotos;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.photos.boundary.PhotoView;
import org.coproduce.providers.control.Directory;

/** Builds the views of barriers in the caller's language. */
@RequestScoped
public class BarrierViews {

    /** Where moderators get any photo (the photos component's moderation endpoint), whatever the report's state. */
    static final String MODERATORS_PHOTOS = "api/moderation/photos/";

    @Inject
    Barriers barriers;

    @Inject
    BarrierCategories categories;

    @Inject
    Directory directory;

    @Inject
    BarrierPhotos photos;

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
                b.status().name(), b.metCount(), b.decidedAt(), b.statusAt(), routed, history, photos(b, publicPhotos(b.id())));
    }

    public PendingBarrierView pending(BarrierReport b, String language) {
        var exact = b.exact();
        return new PendingBarrierView(b.id(), b.category(), label(b.category(), language), b.place(), b.description(), b.language(),
                exact == null ? null : exact.latitude(), exact == null ? null : exact.longitude(), b.shown().latitude(), b.shown().longitude(),
                b.screening(), b.email() != null, b.state().name(), b.submittedAt(), b.version(), photos(b, MODERATORS_PHOTOS));
    }

    /** Where the public gets a published barrier's photos. */
    static String publicPhotos(long barrierId) {
        return "api/barriers/" + barrierId + "/photos/";
    }

    private List<PhotoView> photos(BarrierReport b, String urlPrefix) {
        return photos.of(b).stream().map(p -> PhotoView.of(p, urlPrefix)).toList();
    }
}

package org.coproduce.barriers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.barriers.control.BarrierCategories;
import org.coproduce.barriers.control.BarrierPhotos;
import org.coproduce.barriers.control.Barriers;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.StatusChange;
import org.coproduce.photos.boundary.PhotoView;
import org.coproduce.photos.entity.Photo;
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
        return views(List.of(b), language, withExactPoint).getFirst();
    }

    /**
     * The views of a page of barriers, in its order: their routing, histories, photos and the
     * organisations' names each in one query for the whole page, not one a barrier.
     */
    public List<BarrierView> views(List<BarrierReport> page, String language, boolean withExactPoint) {
        var ids = page.stream().map(BarrierReport::id).toList();
        var routed = barriers.routedTo(ids);
        var histories = barriers.histories(ids);
        var photosOf = photos.of(page);
        var organisations = new HashSet<Long>();
        routed.values().forEach(organisations::addAll);
        histories.values().forEach(h -> h.forEach(c -> organisations.add(c.organisationId())));
        var names = directory.names(organisations);
        return page.stream().map(b -> view(b, language, withExactPoint, routed.getOrDefault(b.id(), Set.of()),
                histories.getOrDefault(b.id(), List.of()), photosOf.getOrDefault(b.id(), List.of()), names)).toList();
    }

    private BarrierView view(BarrierReport b, String language, boolean withExactPoint, Set<Long> routedTo, List<StatusChange> history,
            List<Photo> photoList, Map<Long, String> names) {
        var routed = routedTo.stream().sorted().map(id -> new BarrierView.Organisation(id, names.getOrDefault(id, ""))).toList();
        var lines = history.stream().map(c -> new BarrierView.HistoryItem(c.status().name(), c.note(),
                names.getOrDefault(c.organisationId(), ""), c.changedAt())).toList();
        var exact = withExactPoint ? b.exact() : null;
        return new BarrierView(b.id(), b.category(), label(b.category(), language), b.place(), b.description(), b.language(),
                b.shown().latitude(), b.shown().longitude(), exact == null ? null : exact.latitude(), exact == null ? null : exact.longitude(),
                b.status().name(), b.metCount(), b.decidedAt(), b.statusAt(), routed, lines, views(photoList, publicPhotos(b.id())));
    }

    public PendingBarrierView pending(BarrierReport b, String language) {
        return pending(List.of(b), language).getFirst();
    }

    /** The views of a page of the moderation queue, in its order, their photos in one query. */
    public List<PendingBarrierView> pending(List<BarrierReport> page, String language) {
        var photosOf = photos.of(page);
        return page.stream().map(b -> pending(b, language, photosOf.getOrDefault(b.id(), List.of()))).toList();
    }

    private PendingBarrierView pending(BarrierReport b, String language, List<Photo> photoList) {
        var exact = b.exact();
        return new PendingBarrierView(b.id(), b.category(), label(b.category(), language), b.place(), b.description(), b.language(),
                exact == null ? null : exact.latitude(), exact == null ? null : exact.longitude(), b.shown().latitude(), b.shown().longitude(),
                b.screening(), b.email() != null, b.state().name(), b.submittedAt(), b.version(), views(photoList, MODERATORS_PHOTOS));
    }

    /** Where the public gets a published barrier's photos. */
    static String publicPhotos(long barrierId) {
        return "api/barriers/" + barrierId + "/photos/";
    }

    private static List<PhotoView> views(List<Photo> photoList, String urlPrefix) {
        return photoList.stream().map(p -> PhotoView.of(p, urlPrefix)).toList();
    }
}

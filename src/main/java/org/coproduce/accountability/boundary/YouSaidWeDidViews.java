package org.coproduce.accountability.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coproduce.changes.boundary.Evidence;
import org.coproduce.changes.control.ChangeEvidence;
import org.coproduce.participation.control.Contributions;
import org.coproduce.changes.control.ChangeLists;
import org.coproduce.changes.control.DifferenceCounts;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.outcomes.control.Suppression;
import org.coproduce.outcomes.entity.Figure;
import org.coproduce.platform.Ids;
import org.coproduce.problems.NotFound;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.ThemeLabels;
import org.coproduce.stories.entity.Story;

/**
 * Builds "you said, we did": the newest {@value #SHOWN} changes made and in progress of an
 * organisation (with those under it) or concerning a service. Figures are suppressed as the
 * change register suppresses them: by the change's organisation, under 5 for the public.
 */
@ApplicationScoped
public class YouSaidWeDidViews {

    static final int SHOWN = 50;

    @Inject
    Directory directory;

    @Inject
    Scopes scopes;

    @Inject
    ChangeLists lists;

    @Inject
    ChangeEvidence changeEvidence;

    @Inject
    Contributions contributions;

    @Inject
    DifferenceCounts differences;

    @Inject
    Stories stories;

    @Inject
    ThemeLabels themes;

    YouSaidWeDid ofOrganisation(String id, int months, String language) {
        var organisation = Ids.parse(id).flatMap(directory::organisation).orElseThrow(() -> new NotFound("organisation", id));
        var scope = scopes.of(String.valueOf(organisation.id()), null);
        var family = directory.withDescendants(Set.of(organisation.id()));
        var view = new YouSaidWeDid.ScopeView(Scope.ORGANISATION, organisation.id(), organisation.name(), organisation.id(),
                organisation.name(), "organisation.html?id=" + organisation.id());
        return report(view, scope, status -> lists.list(family, Optional.empty(), status, SHOWN), months, language);
    }

    YouSaidWeDid ofService(String id, int months, String language) {
        var service = Ids.parse(id).flatMap(directory::service).orElseThrow(() -> new NotFound("service", id));
        var scope = scopes.of(null, String.valueOf(service.id()));
        var organisation = service.organisation();
        var view = new YouSaidWeDid.ScopeView(Scope.SERVICE, service.id(), service.name(), organisation.id(), organisation.name(),
                "service.html?id=" + service.id());
        return report(view, scope, status -> lists.list(scope.organisations(), Optional.of(service.id()), status, SHOWN), months,
                language);
    }

    private YouSaidWeDid report(YouSaidWeDid.ScopeView view, Scope scope, Function<String, ChangeLists.Listed> changes, int months,
            String language) {
        return new YouSaidWeDid(view, scopes.suppressionFor(scope).on(), months,
                part(changes.apply(Change.MADE), months, language), part(changes.apply(Change.PLANNED), months, language));
    }

    private YouSaidWeDid.Part part(ChangeLists.Listed listed, int months, String language) {
        return new YouSaidWeDid.Part(listed.changes().stream().map(c -> entry(c, months, language)).toList(), listed.total());
    }

    private YouSaidWeDid.Entry entry(Change c, int months, String language) {
        var suppression = scopes.suppressionFor(scopes.of(String.valueOf(c.organisationId()), null));
        boolean made = Change.MADE.equals(c.status());
        var services = c.serviceIds().stream().sorted().map(directory::service).flatMap(Optional::stream)
                .map(s -> new YouSaidWeDid.Ref(s.id(), s.name(), "service.html?id=" + s.id())).toList();
        var themeViews = c.themes().stream().sorted().map(code -> new YouSaidWeDid.Theme(code, themes.label(code, language))).toList();
        return new YouSaidWeDid.Entry(c.id(), c.status(), c.description(), c.plannedOn(), c.madeOn(), c.organisationId(),
                directory.organisation(c.organisationId()).map(o -> o.name()).orElse(null), services, themeViews, told(c),
                proposals(c), made ? evidence(c, months, suppression) : null, made ? difference(c, suppression) : null,
                "change.html?id=" + c.id());
    }

    /** Only the stories the public can read now, newest first. */
    private List<YouSaidWeDid.Told> told(Change c) {
        return c.stories().stream().map(s -> stories.published(s.storyId())).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Story::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(s -> new YouSaidWeDid.Told(s.id(), s.publishedTitle(), s.publishedAt(), "story.html?id=" + s.id())).toList();
    }

    /**
     * The citizens' published proposals on the change (participation component), most supported
     * first, each by its first words and a link to it on the change's page; names are not shown.
     */
    private List<YouSaidWeDid.Proposal> proposals(Change c) {
        return contributions.proposals(c.id()).stream()
                .map(p -> new YouSaidWeDid.Proposal(p.id(), firstWords(p.body()), "change.html?id=" + c.id() + "#proposal-" + p.id()))
                .toList();
    }

    private static String firstWords(String body) {
        String text = body.strip().replaceAll("\\s+", " ");
        return text.length() <= 120 ? text : text.substring(0, text.lastIndexOf(' ', 119) > 60 ? text.lastIndexOf(' ', 119) : 119) + "…";
    }

    private Evidence evidence(Change c, int months, Suppression suppression) {
        var comparison = changeEvidence.of(c, months);
        return Evidence.of(c, comparison.before(), comparison.after(), comparison.result(), suppression);
    }

    private Map<String, Figure> difference(Change c, Suppression suppression) {
        var figures = new LinkedHashMap<String, Figure>();
        differences.of(c).forEach((answer, n) -> figures.put(answer, suppression.count(n)));
        return figures;
    }
}

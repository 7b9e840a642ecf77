package org.coproduce.outcomes.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.coproduce.outcomes.control.Dashboards;
import org.coproduce.outcomes.control.Drill;
import org.coproduce.outcomes.control.DrillDown;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.outcomes.control.SummaryReader;
import org.coproduce.outcomes.entity.Dashboard;
import org.coproduce.platform.Paging;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.ThemeLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dashboards of the platform, an organisation (with its children) or a service, the stories
 * behind their numbers, and CSV exports of both. Public: figures under 5 are suppressed unless
 * the caller is a quality manager of the scope, a platform-wide one or an admin.
 */
@Path("outcomes")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outcomes")
public class OutcomesResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final int EXPORT_MAX = 10_000;

    @Inject
    Scopes scopes;

    @Inject
    SummaryReader summaries;

    @Inject
    DrillDown drillDown;

    @Inject
    Stories stories;

    @Inject
    StoryViews views;

    @Inject
    ThemeLabels themeLabels;

    @Inject
    Clock clock;

    @Inject
    SecurityLog securityLog;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "getOutcomes", summary = "Outcome figures for the platform, an organisation or a service, by period and theme")
    public Dashboard dashboard(@BeanParam Selection selection) {
        var scope = scopes.of(selection.organisation, selection.service);
        var asked = selection.range(clock);
        var by = selection.grouping(asked);
        var range = Periods.grouped(asked, by);
        var request = new Dashboards.Request(scope, range, by, scopes.suppressionFor(scope), scopes.followedByCaller(scope));
        var data = new Dashboards.Data(summaries.counters(scope, range), summaries.themes(scope, range),
                summaries.responseDays(scope, range));
        String language = language();
        return Dashboards.build(request, data, (code, polarity) -> themeLabels.label(code, language));
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportOutcomesCsv", summary = "The outcome figures by period as CSV")
    public Response dashboardCsv(@BeanParam Selection selection) {
        return csv("outcomes.csv", OutcomesCsv.periods(dashboard(selection)));
    }

    @GET
    @Path("themes/export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportThemesCsv", summary = "The outcome figures by theme and period as CSV")
    public Response themesCsv(@BeanParam Selection selection) {
        return csv("outcomes-themes.csv", OutcomesCsv.themes(dashboard(selection)));
    }

    @GET
    @Path("stories")
    @Operation(operationId = "listOutcomeStories", summary = "The stories behind a figure of the dashboard")
    public StoriesBehind stories(@BeanParam Selection selection) {
        var scope = scopes.of(selection.organisation, selection.service);
        var ids = drillDown.storyIds(drill(selection, scope), Paging.of(selection.page, selection.size));
        String language = language();
        return StoriesBehind.of(ids, scopes.suppressionFor(scope),
                id -> stories.published(id).map(s -> views.published(s, false, language)));
    }

    /** Up to {@value #EXPORT_MAX} stories per file (size, default all up to that; page for more). */
    @GET
    @Path("stories/export.csv")
    @Produces(CSV)
    @Operation(operationId = "exportOutcomeStoriesCsv", summary = "The stories behind a figure as CSV")
    public Response storiesCsv(@BeanParam Selection selection) {
        var scope = scopes.of(selection.organisation, selection.service);
        var drill = drill(selection, scope);
        var paging = new Paging(Paging.whole("page", selection.page, 1, 1, Paging.MAX_PAGE),
                Paging.whole("size", selection.size, EXPORT_MAX, 1, EXPORT_MAX));
        var ids = drillDown.storyIds(drill, paging);
        String language = language();
        var behind = StoriesBehind.of(ids, scopes.suppressionFor(scope),
                id -> stories.published(id).map(s -> views.published(s, false, language)));
        securityLog.byCaller(SecurityEvent.Kind.PERSONAL_DATA_EXPORTED, null, "outcomes stories CSV: "
                + behind.items().size() + " stories, scope " + scope.kind() + (scope.id() == null ? "" : " " + scope.id())
                + ", page " + paging.page());
        return csv("outcomes-stories.csv", OutcomesCsv.stories(behind));
    }

    /** Overdue stories are for staff, as on the dashboard: whoever may not see them hears 403 before any other filter is read. */
    private Drill drill(Selection selection, Scope scope) {
        if (selection.asksOverdue() && !scopes.followedByCaller(scope)) {
            throw new Forbidden("Only quality managers of this organisation see which stories are overdue.");
        }
        return selection.drill(scope, clock);
    }

    private static Response csv(String name, String body) {
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private String language() {
        return org.coproduce.platform.Languages.preferred(headers);
    }
}

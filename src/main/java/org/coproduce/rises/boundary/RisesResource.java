package org.coproduce.rises.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.mail.Templates;
import org.coproduce.outcomes.control.Months;
import org.coproduce.rises.control.RiseText;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.rises.entity.ThemeRise;
import org.coproduce.platform.Languages;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.control.ThemeLabels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Unusual rises of themes, newest first, for quality managers of the scope (and admins): a
 * service, an organisation with its children and their services, or, without either, every
 * scope the caller follows.
 */
@Path("outcomes/rises")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.QUALITY_MANAGER, Role.ADMIN})
@Tag(name = "outcomes")
public class RisesResource {

    static final int LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    Directory directory;

    @Inject
    Caller caller;

    @Inject
    ThemeLabels themeLabels;

    @Context
    HttpHeaders headers;

    public record RiseView(long id, String scopeKind, long scopeId, String scopeName, String code, String label, String month,
            long withTheme, long stories, double share, double expectedShare, long historyStories, double pValue,
            String statement, String dashboard, Instant detectedAt) {
    }

    @GET
    @Operation(operationId = "listRises", summary = "Themes rising unusually at a service or organisation")
    @Parameter(name = "organisation", in = ParameterIn.QUERY, description = "Rises at an organisation (and those under it), by its id",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "service", in = ParameterIn.QUERY, description = "Rises at a service, by its id",
            schema = @Schema(type = SchemaType.INTEGER))
    public List<RiseView> rises(@QueryParam("organisation") String organisation, @QueryParam("service") String service) {
        boolean scoped = organisation != null && !organisation.isBlank() || service != null && !service.isBlank();
        var scope = scopes.of(organisation, service);
        List<ThemeRise> found;
        if (scoped || scopes.followedByCaller(scope)) {
            if (!scopes.followedByCaller(scope)) {
                throw new Forbidden("Only quality managers of " + scope.name() + " see its rises.");
            }
            if (scope.isPlatform()) {
                found = query("", Set.of(), Set.of());
            } else if (Scope.SERVICE.equals(scope.kind())) {
                found = within(Set.of(), Set.of(scope.id()));
            } else {
                var organisations = directory.withDescendants(Set.of(scope.id()));
                found = within(organisations, directory.serviceIdsOf(organisations));
            }
        } else {
            var organisations = directory.withDescendants(caller.organisations());
            found = within(organisations, directory.serviceIdsOf(organisations));
        }
        String language = Languages.preferred(headers);
        return found.stream().map(r -> view(r, language)).toList();
    }

    private List<ThemeRise> within(Set<Long> organisations, Set<Long> services) {
        return query("where (r.scopeKind = 'ORGANISATION' and r.scopeId in :o) or (r.scopeKind = 'SERVICE' and r.scopeId in :s)",
                organisations.isEmpty() ? Set.of(-1L) : organisations, services.isEmpty() ? Set.of(-1L) : services);
    }

    private List<ThemeRise> query(String where, Set<Long> organisations, Set<Long> services) {
        var query = em.createQuery("select r from ThemeRise r " + where + " order by r.ym desc, r.id desc", ThemeRise.class);
        if (!where.isEmpty()) {
            query.setParameter("o", organisations).setParameter("s", services);
        }
        return query.setMaxResults(LIMIT).getResultList();
    }

    private RiseView view(ThemeRise r, String language) {
        String label = themeLabels.label(r.code(), language);
        String scopeName = scopes.name(r.scopeKind(), r.scopeId());
        return new RiseView(r.id(), r.scopeKind(), r.scopeId(), scopeName, r.code(), label, Months.of(r.ym()).toString(),
                r.withTheme(), r.stories(), (double) r.withTheme() / r.stories(), r.expectedShare(), r.historyStories(), r.pValue(),
                RiseText.describe(r, label, scopeName, Templates.locale(language)), "/outcomes.html?" + RiseText.scopeParameter(r), r.detectedAt());
    }
}

package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.providers.control.Directory;

/**
 * The changes made in some days at a scope, each with its before/after evidence (as
 * {@code GET /api/changes/{id}/evidence}: the share of stories raising its themes as "could
 * improve", months before against months after it was made).
 */
@ApplicationScoped
public class MadeChanges {

    static final int LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    ChangeEvidence changeEvidence;

    /** A change made, and its evidence over {@code months} months each side. */
    public record Made(long id, String description, LocalDate madeOn, List<String> themes, List<YearMonth> before,
            List<YearMonth> after, BeforeAfter.Result evidence) {
    }

    /** Made between the days (both included) by the scope's organisation or one under it; for a service, those about it. */
    public List<Made> between(Scope scope, LocalDate from, LocalDate to, int months) {
        Set<Long> organisations = switch (scope.kind()) {
            case Scope.ORGANISATION -> directory.withDescendants(Set.of(scope.id()));
            case Scope.SERVICE -> scope.organisations();
            default -> null;
        };
        var query = em.createQuery("select c from Change c where c.status = 'MADE' and c.madeOn between :from and :to"
                + (organisations == null ? "" : " and c.organisationId in :o") + " order by c.madeOn, c.id", Change.class)
                .setParameter("from", from).setParameter("to", to);
        if (organisations != null) {
            query.setParameter("o", organisations.isEmpty() ? Set.of(-1L) : organisations);
        }
        return query.setMaxResults(LIMIT).getResultList().stream()
                .filter(c -> !Scope.SERVICE.equals(scope.kind()) || c.serviceIds().isEmpty() || c.serviceIds().contains(scope.id()))
                .map(c -> evidence(c, months)).toList();
    }

    /** The change's before/after evidence over {@code months} months each side of the month it was made in. */
    public Made evidence(Change change, int months) {
        var comparison = changeEvidence.of(change, months);
        return new Made(change.id(), change.description(), change.madeOn(), change.themes().stream().sorted().toList(),
                comparison.before(), comparison.after(), comparison.result());
    }
}

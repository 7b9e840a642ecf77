package org.coproduce.rises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.coproduce.mail.Templates;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.providers.control.Directory;
import org.coproduce.rises.entity.ThemeRise;
import org.coproduce.stories.control.ThemeLabels;

/** The rises found in some months at a scope and under it (an organisation's services and children), in words, for reports. */
@ApplicationScoped
public class ScopeRises {

    static final int LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Directory directory;

    @Inject
    Scopes scopes;

    @Inject
    ThemeLabels themeLabels;

    /** The statements of the rises in months {@code fromYm} to {@code toYm} (yyyymm), newest first, in the language. */
    public List<String> statements(Scope scope, int fromYm, int toYm, String language) {
        Set<Long> organisations = Set.of(-1L);
        Set<Long> services = Set.of(-1L);
        if (Scope.SERVICE.equals(scope.kind())) {
            services = Set.of(scope.id());
        } else if (Scope.ORGANISATION.equals(scope.kind())) {
            organisations = directory.withDescendants(Set.of(scope.id()));
            var under = directory.serviceIdsOf(organisations);
            services = under.isEmpty() ? services : under;
        }
        var found = em.createQuery("select r from ThemeRise r where r.ym between :from and :to and ("
                + (scope.isPlatform() ? "r.scopeKind = 'PLATFORM' or " : "")
                + "(r.scopeKind = 'ORGANISATION' and r.scopeId in :o) or (r.scopeKind = 'SERVICE' and r.scopeId in :s))"
                + " order by r.ym desc, r.id desc", ThemeRise.class).setParameter("from", fromYm).setParameter("to", toYm)
                .setParameter("o", organisations).setParameter("s", services).setMaxResults(LIMIT).getResultList();
        var locale = Templates.locale(language);
        return found.stream().map(r -> RiseText.describe(r, themeLabels.label(r.code(), language),
                Scope.PLATFORM.equals(r.scopeKind()) ? Templates.text(locale, "rise.platform") : scopes.name(r.scopeKind(), r.scopeId()),
                locale)).toList();
    }
}

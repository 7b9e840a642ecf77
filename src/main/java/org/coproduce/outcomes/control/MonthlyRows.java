package org.coproduce.outcomes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The monthly summaries of every summary row (service, organisation or platform) at once, for
 * whoever watches trends across all scopes (the rises component).
 */
@ApplicationScoped
public class MonthlyRows {

    @PersistenceContext
    EntityManager em;

    /** Stories counted for a summary row in a month (yyyymm). */
    public record Stories(long row, int ym, long stories) {
    }

    /** Stories counted for a summary row in a month that raise a theme as something to improve. */
    public record Concerns(long row, int ym, String code, long stories) {
    }

    @SuppressWarnings("unchecked")
    public List<Stories> stories(int fromYm, int toYm) {
        List<Object[]> rows = em.createNativeQuery("select service_id, ym, stories from service_month where ym between ? and ?")
                .setParameter(1, fromYm).setParameter(2, toYm).getResultList();
        return rows.stream().map(r -> new Stories(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue())).toList();
    }

    /** Only themes with stories in the month. */
    @SuppressWarnings("unchecked")
    public List<Concerns> concerns(int fromYm, int toYm) {
        List<Object[]> rows = em.createNativeQuery("select service_id, ym, code, stories from theme_month"
                + " where polarity = 'IMPROVE' and ym between ? and ? and stories > 0")
                .setParameter(1, fromYm).setParameter(2, toYm).getResultList();
        return rows.stream().map(r -> new Concerns(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }
}

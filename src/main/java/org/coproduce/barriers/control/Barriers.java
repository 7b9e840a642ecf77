package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.ModerationState;
import org.coproduce.barriers.entity.StatusChange;
import org.coproduce.platform.MapGrid;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/** The barrier reports and what hangs on them: queries on this component's tables. */
@ApplicationScoped
public class Barriers {

    @PersistenceContext
    EntityManager em;

    public record Point(long id, String category, String status, double latitude, double longitude) {
    }

    public record MapView(int zoom, double cellDegrees, long total, List<MapGrid.Cluster> clusters, List<Point> points, boolean capped) {
    }

    public Optional<BarrierReport> find(long id) {
        return Optional.ofNullable(em.find(BarrierReport.class, id));
    }

    public Optional<BarrierReport> published(long id) {
        return find(id).filter(BarrierReport::published);
    }

    public void add(BarrierReport report) {
        em.persist(report);
        em.flush();
    }

    public void add(StatusChange change) {
        em.persist(change);
        em.flush();
    }

    /** Reports from this client since then (the hourly limit), oldest first. */
    public List<Instant> submittedByClientSince(String clientHash, Instant since) {
        return em.createQuery("select b.submittedAt from BarrierReport b where b.clientHash = :c and b.submittedAt >= :s order by b.submittedAt",
                Instant.class).setParameter("c", clientHash).setParameter("s", since).getResultList();
    }

    /** The moderation queue, oldest first. */
    public Page<BarrierReport> pending(Paging paging) {
        var items = em.createQuery("select b from BarrierReport b where b.state = :s order by b.submittedAt, b.id", BarrierReport.class)
                .setParameter("s", ModerationState.PENDING).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = em.createQuery("select count(b) from BarrierReport b where b.state = :s", Long.class)
                .setParameter("s", ModerationState.PENDING).getSingleResult();
        return new Page<>(items, total, paging.page(), paging.size());
    }

    /** Published barriers matching the filter, newest status first. */
    @SuppressWarnings("unchecked")
    public Page<BarrierReport> list(BarrierFilter filter, Paging paging) {
        var where = where(filter);
        var ids = query("select b.id from barrier_report b" + where.text + " order by b.status_at desc, b.id desc", where.values)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) query("select count(*) from barrier_report b" + where.text, where.values).getSingleResult()).longValue();
        return new Page<>(inOrder((List<Object>) ids), total, paging.page(), paging.size());
    }

    /** Published barriers routed to any of these organisations (all routed ones when empty: an admin), matching the filter, newest first. */
    @SuppressWarnings("unchecked")
    public Page<BarrierReport> routed(Optional<Set<Long>> organisations, BarrierFilter filter, Paging paging) {
        if (organisations.isPresent() && organisations.get().isEmpty()) {
            return new Page<>(List.of(), 0, paging.page(), paging.size());
        }
        var where = where(filter);
        var text = new StringBuilder(where.text + " and exists (select 1 from barrier_routed r where r.barrier_id = b.id");
        var values = new ArrayList<>(where.values);
        organisations.ifPresent(ids -> {
            text.append(" and r.organisation_id in (").append(String.join(", ", ids.stream().map(i -> "?").toList())).append(')');
            values.addAll(ids.stream().sorted().toList());
        });
        text.append(')');
        var ids = query("select b.id from barrier_report b" + text + " order by b.decided_at desc, b.id desc", values)
                .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) query("select count(*) from barrier_report b" + text, values).getSingleResult()).longValue();
        return new Page<>(inOrder((List<Object>) ids), total, paging.page(), paging.size());
    }

    /** Clusters (far) or points (close, from {@link MapGrid#POINTS_FROM_ZOOM}) of the published barriers in {@code filter.area()}. */
    @SuppressWarnings("unchecked")
    public MapView map(BarrierFilter filter, int zoom) {
        var where = where(filter);
        double cell = MapGrid.cellDegrees(zoom);
        if (zoom >= MapGrid.POINTS_FROM_ZOOM) {
            List<Object[]> rows = query("select b.id, b.category, b.status, b.latitude, b.longitude from barrier_report b" + where.text
                    + " order by b.status_at desc, b.id desc", where.values).setMaxResults(MapGrid.POINTS_MAX + 1).getResultList();
            var shown = rows.stream().limit(MapGrid.POINTS_MAX).map(r -> new Point(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    MapGrid.number(r[3]), MapGrid.number(r[4]))).toList();
            boolean capped = rows.size() > MapGrid.POINTS_MAX;
            long total = capped ? ((Number) query("select count(*) from barrier_report b" + where.text, where.values).getSingleResult()).longValue()
                    : shown.size();
            return new MapView(zoom, cell, total, List.of(), shown, capped);
        }
        var clusters = MapGrid.clusters(em, "b.latitude", "b.longitude", "barrier_report b" + where.text, where.values, zoom);
        return new MapView(zoom, cell, MapGrid.total(clusters), clusters, List.of(), false);
    }

    /** The reports with these ids (from a page of ids), in one query, in the ids' order. */
    private List<BarrierReport> inOrder(List<Object> ids) {
        var wanted = ids.stream().map(id -> ((Number) id).longValue()).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, BarrierReport> found = em.createQuery("select b from BarrierReport b where b.id in :ids", BarrierReport.class)
                .setParameter("ids", wanted).getResultStream().collect(Collectors.toMap(BarrierReport::id, b -> b));
        return wanted.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public List<StatusChange> history(long barrierId) {
        return histories(List.of(barrierId)).getOrDefault(barrierId, List.of());
    }

    /** The public histories of these barriers, each oldest first, in one query (a list of barriers). */
    public Map<Long, List<StatusChange>> histories(Collection<Long> barrierIds) {
        if (barrierIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from StatusChange c where c.barrierId in :b order by c.changedAt, c.id", StatusChange.class)
                .setParameter("b", List.copyOf(barrierIds)).getResultStream()
                .collect(Collectors.groupingBy(StatusChange::barrierId, Collectors.toList()));
    }

    public Optional<StatusChange> statusChange(long id) {
        return Optional.ofNullable(em.find(StatusChange.class, id));
    }

    /** The organisations the barrier was routed to at publication. */
    public Set<Long> routedTo(long barrierId) {
        return routedTo(List.of(barrierId)).getOrDefault(barrierId, Set.of());
    }

    /** The organisations each of these barriers was routed to, in one query (a list of barriers); an unrouted one is left out. */
    @SuppressWarnings("unchecked")
    public Map<Long, Set<Long>> routedTo(Collection<Long> barrierIds) {
        if (barrierIds.isEmpty()) {
            return Map.of();
        }
        var in = String.join(", ", barrierIds.stream().map(i -> "?").toList());
        List<Object[]> rows = query("select barrier_id, organisation_id from barrier_routed where barrier_id in (" + in + ")",
                new ArrayList<Object>(barrierIds)).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                Collectors.mapping(r -> ((Number) r[1]).longValue(), Collectors.toSet())));
    }

    void route(long barrierId, long organisationId, Instant now) {
        em.createNativeQuery("insert into barrier_routed (barrier_id, organisation_id, routed_at) values (?, ?, ?)")
                .setParameter(1, barrierId).setParameter(2, organisationId).setParameter(3, Timestamp.from(now)).executeUpdate();
    }

    /** Routed organisations whose staff were not alerted yet, marked alerted now (the caller sends in the same transaction). */
    @SuppressWarnings("unchecked")
    Set<Long> claimUnalerted(long barrierId, Instant now) {
        Set<Long> organisations = ((List<Object>) em.createNativeQuery(
                "select organisation_id from barrier_routed where barrier_id = ? and alerted_at is null for update")
                .setParameter(1, barrierId).getResultList()).stream().map(o -> ((Number) o).longValue()).collect(Collectors.toSet());
        em.createNativeQuery("update barrier_routed set alerted_at = ? where barrier_id = ? and alerted_at is null")
                .setParameter(1, Timestamp.from(now)).setParameter(2, barrierId).executeUpdate();
        return organisations;
    }

    private record Where(String text, List<Object> values) {
    }

    private static Where where(BarrierFilter filter) {
        var text = new StringBuilder(" where b.state = 'PUBLISHED'");
        var values = new ArrayList<Object>();
        filter.area().ifPresent(a -> {
            text.append(" and b.latitude between ? and ? and b.longitude between ? and ?");
            values.addAll(List.of(a.minLatitude(), a.maxLatitude(), a.minLongitude(), a.maxLongitude()));
        });
        filter.category().ifPresent(c -> {
            text.append(" and b.category = ?");
            values.add(c);
        });
        filter.status().ifPresent(s -> {
            text.append(" and b.status = ?");
            values.add(s.name());
        });
        return new Where(text.toString(), values);
    }

    private jakarta.persistence.Query query(String sql, List<Object> values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}

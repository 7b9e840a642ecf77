package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Settings;
import org.coproduce.platform.SqlValues;
import org.coproduce.stories.entity.SearchText;
import org.coproduce.stories.entity.Story;

/**
 * The public story list and search (docs/search.md): newest first, or by relevance when searching
 * on MySQL/MariaDB (InnoDB FULLTEXT on {@code story.search_text}); the embedded H2 matches words
 * with LIKE, newest first. Pages by keyset ({@link StoryCursor}), never by offset past
 * {@link #COUNTED}, and counts at most {@link #COUNTED} + 1 matches.
 */
@ApplicationScoped
public class StorySearch {

    /** The most matches an answer counts; beyond it the total says "more than". */
    public static final int COUNTED = 1_000;

    /** What the public may read; one place to narrow it (e.g. hidden stories). */
    static final String VISIBLE = "s.status = 'PUBLISHED'";

    private static final String MATCH = "match(s.search_text) against (? in natural language mode)";

    @PersistenceContext
    EntityManager em;

    private final boolean fullText = Settings.get("DB_URL").isPresent();

    /** One page: the stories, where the next starts (if any), and the matches counted up to COUNTED + 1. */
    public record Found(List<Story> items, Optional<StoryCursor> next, long counted) {
    }

    public Found find(StoryFilter filter, Optional<StoryCursor> after, int offset, int size) {
        var number = filter.text().map(t -> t.strip().replaceFirst("^#", "")).flatMap(Ids::parse);
        var terms = filter.text().filter(t -> number.isEmpty()).map(t -> String.join(" ", SearchText.terms(t)));
        boolean ranked = terms.isPresent() && fullText;
        var count = new Sql().add("select count(*) from (select 1 from story s", List.of()).add(where(filter, number, terms, false));
        count.text.append(" limit ").append(COUNTED + 1).append(") c");
        long counted = ((Number) count.query(em).getSingleResult()).longValue();
        // Many matches (more than are counted): read the newest stories in the order of their index
        // and test each against the service and theme filters, which stops after a page; few
        // matches: start from the filters' rows and sort those (docs/search.md, "Plans").
        boolean many = counted > COUNTED && !ranked;
        var page = ranked ? new Sql().add("select s.id, s.published_at, " + MATCH + " score from story s", List.of(terms.get()))
                : new Sql().add("select s.id, s.published_at from story s", List.of());
        page.add(where(filter, number, terms, many)).add(after.map(c -> keyset(c, ranked, terms)).orElseGet(Sql::new));
        page.text.append(ranked ? " order by score desc, s.id desc" : " order by s.published_at desc, s.id desc");
        List<Object[]> rows = page.query(em).setFirstResult(offset).setMaxResults(size + 1).getResultList();
        var shown = rows.subList(0, Math.min(size, rows.size()));
        Optional<StoryCursor> next = rows.size() > size ? Optional.of(cursor(shown.getLast(), ranked)) : Optional.empty();
        return new Found(load(shown), next, counted);
    }

    private Sql where(StoryFilter filter, Optional<Long> number, Optional<String> terms, boolean inOrder) {
        var where = new Sql();
        where.and(VISIBLE);
        number.ifPresent(id -> where.and("s.id = ?", id));
        terms.ifPresent(t -> text(where, t));
        filters(where, filter, inOrder);
        return where;
    }

    private void text(Sql where, String terms) {
        if (fullText) {
            where.and(MATCH, terms);
            return;
        }
        var any = new ArrayList<String>();
        var likes = new ArrayList<Object>();
        for (String term : terms.split(" ")) {
            any.add("lower(s.search_text) like ?");
            likes.add("%" + term.replace("%", "").replace("_", "") + "%");
        }
        where.and("(" + String.join(" or ", any) + ")", likes.toArray());
    }

    static void filters(Sql where, StoryFilter filter) {
        filters(where, filter, false);
    }

    /**
     * {@code inOrder}: the service and theme conditions as a subquery per story ({@code (select 1
     * … limit 1) is not null}), which no optimiser turns into a join, so that the stories are read
     * in the order of {@code ix_story_published} and the reading stops after a page; otherwise
     * {@code exists}, which MySQL and MariaDB turn into a join from the filter's own index (fast
     * for a rare service or theme, but a sort of every match for a common one: 7 s for a theme
     * of 110,000 stories).
     */
    static void filters(Sql where, StoryFilter filter, boolean inOrder) {
        String open = inOrder ? "(select 1 from " : "exists (select 1 from ";
        String close = inOrder ? " limit 1) is not null" : ")";
        filter.serviceIds().ifPresent(ids -> where.and(open + "story_service x where x.story_id = s.id and x.service_id in ("
                + (ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","))) + ")" + close));
        filter.theme().ifPresent(code -> where.and(open + "story_theme t where t.story_id = s.id and t.code = ?" + close, code));
        filter.relation().ifPresent(r -> where.and("s.relation = ?", r.name()));
        filter.from().ifPresent(from -> where.and("s.published_at >= ?", Timestamp.from(from)));
        filter.to().ifPresent(to -> where.and("s.published_at < ?", Timestamp.from(to)));
        filter.area().ifPresent(box -> where.and("s.latitude between ? and ? and s.longitude between ? and ?",
                box.minLatitude(), box.maxLatitude(), box.minLongitude(), box.maxLongitude()));
    }

    private static Sql keyset(StoryCursor cursor, boolean ranked, Optional<String> terms) {
        if (ranked && cursor.score().isPresent()) {
            double score = cursor.score().get();
            return new Sql().and("(" + MATCH + " < ? or (" + MATCH + " = ? and s.id < ?))",
                    terms.get(), score, terms.get(), score, cursor.id());
        }
        var at = Timestamp.from(cursor.publishedAt());
        return new Sql().and("s.published_at <= ? and (s.published_at < ? or s.id < ?)", at, at, cursor.id());
    }

    private static StoryCursor cursor(Object[] row, boolean ranked) {
        Instant at = SqlValues.instant(row[1]);
        var score = ranked ? Optional.of(((Number) row[2]).doubleValue()) : Optional.<Double>empty();
        return new StoryCursor(score, at, ((Number) row[0]).longValue());
    }

    private List<Story> load(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        var byId = em.createQuery("select s from Story s where s.id in :ids", Story.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Story::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}

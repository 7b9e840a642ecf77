package org.coproduce.outcomes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.coproduce.outcomes.control.Deltas;
import org.coproduce.outcomes.control.Span;
import org.coproduce.outcomes.control.StoryFacts;
import org.coproduce.outcomes.control.Tally;
import org.coproduce.routing.control.Deadlines;

/**
 * Fills a MySQL/MariaDB Coproduce database (schema migrated, directory loaded: start the app once
 * with COPRODUCE_DEMO=true) with published stories, straight into the tables in batches:
 * story, story_service, story_theme, story_route, response, story_analysis (its sentiment only:
 * positive for the kind texts, negative for the others, mixed one time in six), and the outcomes ledger, drill-down
 * index and summary tables by month and week (the same Tally the app uses), so dashboards need
 * no recount. Spread over the last 36
 * months and the directory's services, with themes from the taxonomy codes already in use.
 *
 * <pre>mvn -B -q -Pgenerate test-compile exec:java -Dgenerate.url='jdbc:mysql://127.0.0.1:3306/coproduce_bench?user=root&amp;password=' -Dgenerate.stories=10000</pre>
 */
public final class StoryGenerator {

    private static final int BATCH = 20_000;
    private static final int[] CRITICALITY_PERCENT = {35, 25, 20, 12, 6, 2};
    private static final String[] TEXTS = {"The staff were kind and explained everything.", "I waited four hours to be seen.",
        "Nobody told us what was happening.", "The ward was clean and calm.", "Getting an appointment took weeks.",
        "The receptionist was rude on the phone.", "My mother was treated with dignity."};
    /** Second sentences, English and German, so searches and stemming meet varied text (docs/search.md). */
    private static final String[] DETAILS = {"The waiting room was full.", "We were waiting for the doctor all day.",
        "The nurses listened to my worries.", "Parking near the clinic is impossible.", "The discharge letter never arrived.",
        "Die Wartezeit war sehr lang.", "Wir warteten drei Stunden in der Notaufnahme.", "Die Pflegekräfte waren freundlich.",
        "Der Termin wurde zweimal verschoben.", "Das Essen auf der Station war kalt.", "The pharmacy lost my prescription.",
        "The physiotherapist helped me walk again.", "Nobody answered the telephone for days.", "The children's ward felt safe.",
        "Interpreters were not available.", "Die Ärztin hat alles gut erklärt.", "Ich habe keine Antwort bekommen.",
        "The hospital transport came late.", "My father's medication was wrong.", "The midwife was wonderful."};

    /** A rare word (one of 5,000), so that some searches match a few hundred stories at 1M and not a seventh of them. */
    private String place() {
        return "Ward" + random.nextInt(5_000) + ".";
    }

    private final Connection db;
    private final Random random = new Random(7);
    private final Instant now = Instant.now();
    private final List<long[]> services = new ArrayList<>();
    private final List<String> themes = new ArrayList<>();
    /** Each organisation and its parents: the organisations a story about one of its services counts for. */
    private final java.util.Map<Long, Set<Long>> withParents = new java.util.HashMap<>();
    private long nextStory;
    private long nextResponse;

    StoryGenerator(Connection db) throws SQLException {
        this.db = db;
        try (var rs = db.createStatement().executeQuery("select id, organisation_id from service")) {
            while (rs.next()) {
                services.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        var parents = new java.util.HashMap<Long, Long>();
        try (var rs = db.createStatement().executeQuery("select id, parent_id from organisation")) {
            while (rs.next()) {
                parents.put(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2));
            }
        }
        parents.keySet().forEach(id -> {
            var chain = new java.util.TreeSet<Long>();
            for (Long o = id; o != null && chain.add(o); o = parents.get(o)) {
                // walk up
            }
            withParents.put(id, chain);
        });
        try (var rs = db.createStatement().executeQuery("select distinct code from story_theme")) {
            while (rs.next()) {
                themes.add(rs.getString(1));
            }
        }
        if (services.isEmpty() || themes.isEmpty()) {
            throw new IllegalStateException("Start Coproduce once on this database with COPRODUCE_DEMO=true first.");
        }
        nextStory = max("story") + 1;
        nextResponse = max("response") + 1;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("generate.url", "jdbc:mysql://127.0.0.1:3306/coproduce_bench?user=root&password=");
        long count = Long.parseLong(System.getProperty("generate.stories", "10000"));
        try (var db = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true")) {
            db.setAutoCommit(false);
            try (var session = db.createStatement()) {
                session.execute("set session foreign_key_checks = 0, unique_checks = 0");
            }
            var generator = new StoryGenerator(db);
            long started = System.nanoTime();
            for (long done = 0; done < count; done += BATCH) {
                generator.batch((int) Math.min(BATCH, count - done));
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("%,d stories in %.1f s: %,.0f stories/s%n", done + Math.min(BATCH, count - done), seconds,
                        (done + Math.min(BATCH, count - done)) / seconds);
            }
        }
    }

    void batch(int n) throws SQLException {
        var facts = new ArrayList<StoryFacts>();
        try (var story = db.prepareStatement("insert into story (id, follow_token_hash, status, progress, relation, happened,"
                + " title, body, published_title, published_body, criticality, submitted_at, published_at, search_text)"
                + " values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                var service = db.prepareStatement("insert into story_service (story_id, service_id) values (?, ?)");
                var theme = db.prepareStatement("insert into story_theme (story_id, code, polarity) values (?, ?, ?)");
                var route = db.prepareStatement("insert into story_route (story_id, organisation_id, due_at, responded_at)"
                        + " values (?, ?, ?, ?)");
                var response = db.prepareStatement("insert into response (id, story_id, kind, author_name, organisation_id, body,"
                        + " change_kind, change_text, status, created_at, published_at) values (?, ?, 'PROVIDER',"
                        + " 'Patient experience team', ?, 'Thank you for telling us.', ?, ?, 'PUBLISHED', ?, ?)");
                var ledger = db.prepareStatement("insert into outcome_story (story_id, ym, services, themes, criticality,"
                        + " published_at, due_at, responded_at, change_kind, overdue, yw, sentiment, organisations)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                var analysis = db.prepareStatement("insert into story_analysis (story_id, model_version, analysis, analysed_at)"
                        + " values (?, 'generator', ?, ?)");
                var index = db.prepareStatement("insert into outcome_service_story (service_id, published_at, story_id, "
                        + StoryFacts.FILTER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                var themeIndex = db.prepareStatement("insert into outcome_theme_story (service_id, code, polarity,"
                        + " published_at, story_id, " + StoryFacts.FILTER_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                var counted = story(story, service, theme, route, response, ledger);
                analysis.setLong(1, counted.storyId());
                analysis.setString(2, "{\"sentiment\":\"" + counted.sentiment() + "\"}");
                analysis.setTimestamp(3, Timestamp.from(counted.publishedAt()));
                analysis.addBatch();
                index(counted, index, themeIndex);
                facts.add(counted);
            }
            for (var statement : List.of(story, service, theme, route, response, ledger, analysis, index, themeIndex)) {
                statement.executeBatch();
            }
        }
        upsert(Tally.ofAll(facts));
        db.commit();
    }

    private StoryFacts story(PreparedStatement story, PreparedStatement service, PreparedStatement theme,
            PreparedStatement route, PreparedStatement response, PreparedStatement ledger) throws SQLException {
        long id = nextStory++;
        long[] where = services.get(random.nextInt(services.size()));
        Instant published = now.minus(Duration.ofMinutes(random.nextLong(36L * 30 * 24 * 60))).truncatedTo(ChronoUnit.SECONDS);
        int criticality = criticality();
        int textIndex = random.nextInt(TEXTS.length);
        String text = TEXTS[textIndex] + " " + DETAILS[random.nextInt(DETAILS.length)] + " " + place();
        String sentiment = random.nextInt(6) == 0 ? "mixed" : textIndex % 3 == 0 ? "positive" : "negative";
        String progress = "UNHEARD";
        Instant respondedAt = random.nextDouble() < 0.55 ? published.plus(Duration.ofHours(1 + (long) (-Math.log(random.nextDouble()) * 200))) : null;
        if (respondedAt != null && respondedAt.isAfter(now)) {
            respondedAt = null;
        }
        double roll = random.nextDouble();
        String change = respondedAt == null ? null : roll < 0.04 ? StoryFacts.MADE : roll < 0.12 ? StoryFacts.PLANNED : null;
        if (respondedAt != null) {
            progress = change == null ? "RESPONDED" : StoryFacts.MADE.equals(change) ? "CHANGE_MADE" : "CHANGE_PLANNED";
        }
        story.setLong(1, id);
        story.setString(2, String.format("%064x", id));
        story.setString(3, progress);
        story.setString(4, random.nextDouble() < 0.7 ? "SERVICE_USER" : "RELATIVE");
        story.setString(5, java.time.YearMonth.from(published.atZone(java.time.ZoneOffset.UTC)).toString());
        story.setString(6, text);
        story.setString(7, text);
        story.setString(8, text);
        story.setString(9, text);
        story.setInt(10, criticality);
        story.setTimestamp(11, Timestamp.from(published.minus(Duration.ofHours(20))));
        story.setTimestamp(12, Timestamp.from(published));
        story.setString(13, org.coproduce.stories.entity.SearchText.of(text, text));
        story.addBatch();
        service.setLong(1, id);
        service.setLong(2, where[0]);
        service.addBatch();
        var tags = new ArrayList<StoryFacts.ThemeFact>();
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
            String code = themes.get(random.nextInt(themes.size()));
            if (tags.stream().noneMatch(t -> t.code().equals(code))) {
                String polarity = random.nextDouble() < 0.55 ? "GOOD" : "IMPROVE";
                tags.add(new StoryFacts.ThemeFact(code, polarity));
                theme.setLong(1, id);
                theme.setString(2, code);
                theme.setString(3, polarity);
                theme.addBatch();
            }
        }
        Instant due = Deadlines.due(published, criticality);
        route.setLong(1, id);
        route.setLong(2, where[1]);
        route.setTimestamp(3, Timestamp.from(due));
        route.setTimestamp(4, respondedAt == null ? null : Timestamp.from(respondedAt));
        route.addBatch();
        if (respondedAt != null) {
            response.setLong(1, nextResponse++);
            response.setLong(2, id);
            response.setLong(3, where[1]);
            response.setString(4, change);
            response.setString(5, change == null ? null : "We changed how we book appointments.");
            response.setTimestamp(6, Timestamp.from(respondedAt));
            response.setTimestamp(7, Timestamp.from(respondedAt));
            response.addBatch();
        }
        var facts = new StoryFacts(id, Set.of(where[0]), withParents.get(where[1]), tags, criticality, sentiment, published, due,
                respondedAt, change, false).at(now);
        ledger.setLong(1, id);
        ledger.setInt(2, facts.month());
        ledger.setString(3, facts.servicesText());
        ledger.setString(4, facts.themesText());
        ledger.setInt(5, criticality);
        ledger.setTimestamp(6, Timestamp.from(published));
        ledger.setTimestamp(7, Timestamp.from(due));
        ledger.setTimestamp(8, respondedAt == null ? null : Timestamp.from(respondedAt));
        ledger.setString(9, change);
        ledger.setBoolean(10, facts.overdue());
        ledger.setInt(11, facts.week());
        ledger.setString(12, facts.sentiment());
        ledger.setString(13, facts.organisationsText());
        ledger.addBatch();
        return facts;
    }

    /** The drill-down index rows, as SummaryStore writes them. */
    private static void index(StoryFacts facts, PreparedStatement index, PreparedStatement themeIndex) throws SQLException {
        var published = Timestamp.from(facts.publishedAt());
        for (long where : facts.countedFor()) {
            index.setLong(1, where);
            index.setTimestamp(2, published);
            index.setLong(3, facts.storyId());
            bind(index, 4, facts.filterValues());
            index.addBatch();
            for (var t : facts.themes()) {
                themeIndex.setLong(1, where);
                themeIndex.setString(2, t.code());
                themeIndex.setString(3, t.polarity());
                themeIndex.setTimestamp(4, published);
                themeIndex.setLong(5, facts.storyId());
                bind(themeIndex, 6, facts.filterValues());
                themeIndex.addBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(first + i, values.get(i));
        }
    }

    private int criticality() {
        int roll = random.nextInt(100);
        for (int c = 0; c < CRITICALITY_PERCENT.length; c++) {
            roll -= CRITICALITY_PERCENT[c];
            if (roll < 0) {
                return c;
            }
        }
        return 0;
    }

    private void upsert(Deltas deltas) throws SQLException {
        for (var span : Span.values()) {
            upsert(deltas, span);
        }
    }

    private void upsert(Deltas deltas, Span span) throws SQLException {
        String columns = String.join(", ", Deltas.COLUMNS);
        String updates = String.join(", ", Deltas.COLUMNS.stream().map(c -> c + " = " + c + " + values(" + c + ")").toList());
        try (var counters = db.prepareStatement("insert into " + span.counters + " (service_id, " + span.column + ", " + columns
                + ") values (?, ?" + ", ?".repeat(Deltas.COLUMNS.size()) + ") on duplicate key update " + updates);
                var themePeriods = db.prepareStatement("insert into " + span.themes + " (service_id, " + span.column
                        + ", code, polarity, stories) values (?, ?, ?, ?, ?) on duplicate key update stories = stories + values(stories)");
                var days = db.prepareStatement("insert into " + span.responseDays + " (service_id, " + span.column
                        + ", days, stories) values (?, ?, ?, ?) on duplicate key update stories = stories + values(stories)")) {
            for (var e : deltas.servicePeriods().entrySet()) {
                if (e.getKey().span() == span) {
                    counters.setLong(1, e.getKey().service());
                    counters.setInt(2, e.getKey().period());
                    for (int i = 0; i < e.getValue().length; i++) {
                        counters.setLong(i + 3, e.getValue()[i]);
                    }
                    counters.addBatch();
                }
            }
            for (var e : deltas.themePeriods().entrySet()) {
                if (e.getKey().span() == span) {
                    themePeriods.setLong(1, e.getKey().service());
                    themePeriods.setInt(2, e.getKey().period());
                    themePeriods.setString(3, e.getKey().code());
                    themePeriods.setString(4, e.getKey().polarity());
                    themePeriods.setLong(5, e.getValue());
                    themePeriods.addBatch();
                }
            }
            for (var e : deltas.responseDays().entrySet()) {
                if (e.getKey().span() == span) {
                    days.setLong(1, e.getKey().service());
                    days.setInt(2, e.getKey().period());
                    days.setInt(3, e.getKey().days());
                    days.setLong(4, e.getValue());
                    days.addBatch();
                }
            }
            counters.executeBatch();
            themePeriods.executeBatch();
            days.executeBatch();
        }
    }

    private long max(String table) throws SQLException {
        try (var rs = db.createStatement().executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

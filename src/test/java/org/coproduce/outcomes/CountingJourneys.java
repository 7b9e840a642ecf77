package org.coproduce.outcomes;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.OutcomeSteps.ids;
import static org.coproduce.testing.OutcomeSteps.move;
import static org.coproduce.testing.OutcomeSteps.organisation;
import static org.coproduce.testing.OutcomeSteps.service;
import static org.coproduce.testing.OutcomeSteps.total;
import static org.coproduce.testing.OutcomeSteps.value;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.OutcomeSteps;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Counting a story when published, answered, moved and withdrawn, and the stories behind each
 * number. Deadlines are 0 days here (see the failsafe configuration): a story is overdue at once.
 */
public interface CountingJourneys extends OutcomeSteps {

    @Test
    default void countsAStoryWhenPublishedAndAnsweredAndShowsTheStoriesBehindIt() {
        long service = newServiceOfHospitalNorth();
        long id = publishedStory(service, "access.timeliness");
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        var counted = countedAsAConcernOfCriticality3(quality, dashboard);
        var theme = counted.json().getJsonArray("themes").getJsonObject(0);
        assertEquals("access.timeliness", theme.getString("code"));
        assertEquals(1, value(theme.getJsonObject("total")));
        var overdue = eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("overdue")) == 1);
        assertEquals(List.of(id), ids(quality.get(total(overdue).getJsonObject("drills").getString("overdue").substring(1))));
        showsTheStoryInTheWeekItWasPublished(quality, service, id);
        countsTheSentimentOfItsAnalysis(quality, dashboard, id);

        var behind = quality.get(theme.getString("drill").substring(1));
        assertEquals(200, behind.status(), behind.body());
        assertEquals(List.of(id), ids(behind));
        countsTheResponseAndItsPlannedChange(quality, service, dashboard, id);
    }

    private static Reply countedAsAConcernOfCriticality3(Api quality, String dashboard) {
        var counted = eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        var t = total(counted);
        assertEquals(1, value(t.getJsonArray("criticality").getJsonObject(3)));
        assertEquals(1, value(t.getJsonObject("concerns")));
        assertEquals(0, value(t.getJsonObject("responded")));
        return counted;
    }

    /** A response with a planned change: responded, no longer overdue, a concern changed. */
    private void countsTheResponseAndItsPlannedChange(Api quality, long service, String dashboard, long id) {
        var answered = demo("responder").post("api/stories/" + id + "/responses",
                "{\"text\":\"We are sorry.\",\"change\":{\"kind\":\"PLANNED\",\"description\":\"More staff\"}}");
        assertEquals(201, answered.status(), answered.body());
        assertEquals("PUBLISHED", answered.json().getString("status"));
        var after = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("responded")) == 1));
        assertEquals(0, value(after.getJsonObject("overdue")));
        assertEquals(1, value(after.getJsonObject("changesPlanned")));
        assertEquals(1, value(after.getJsonObject("concernsChanged")));
        assertEquals(1.0, after.getJsonObject("concernsChangedShare").getJsonNumber("value").doubleValue());
        assertEquals(1, quality.get("api/outcomes/stories?service=" + service + "&month=" + MONTH + "&change=PLANNED")
                .json().getInt("total"));
        assertEquals(0, quality.get("api/outcomes/stories?service=" + service + "&month=" + MONTH + "&overdue=true")
                .json().getInt("total"));
    }

    /** The analysis runs in the background, before or after publication: either way its sentiment is counted. */
    private static void countsTheSentimentOfItsAnalysis(Api quality, String dashboard, long id) {
        var analysed = eventually(() -> quality.get(dashboard),
                r -> value(total(r).getJsonObject("sentiment").getJsonObject("unknown")) == 0, 180);
        var sentiment = total(analysed).getJsonObject("sentiment");
        var counted = List.of("positive", "mixed", "negative").stream().filter(k -> value(sentiment.getJsonObject(k)) == 1)
                .toList();
        assertEquals(1, counted.size(), sentiment.toString());
        assertEquals(1, List.of("positive", "mixed", "negative").stream().mapToLong(k -> value(sentiment.getJsonObject(k))).sum());
        String drill = total(analysed).getJsonObject("drills").getJsonObject("sentiment").getString(counted.getFirst());
        assertEquals(List.of(id), ids(quality.get(drill.substring(1))));
        assertEquals(0, quality.get(drill.substring(1).replace("sentiment=" + counted.getFirst(), "sentiment=unknown"))
                .json().getInt("total"));
        assertEquals(List.of("sentiment"),
                violated(quality.get(dashboard.replace("api/outcomes?", "api/outcomes/stories?") + "&sentiment=happy")));
    }

    private static void showsTheStoryInTheWeekItWasPublished(Api quality, long service, long id) {
        var week = quality.get("api/outcomes?service=" + service + "&week=" + WEEK);
        assertEquals(200, week.status(), week.body());
        assertEquals("week", week.json().getString("by"));
        assertEquals(1, value(total(week).getJsonObject("stories")));
        var weeks = quality.get("api/outcomes?service=" + service + "&from=" + WEEKS_AGO + "&to=" + WEEK + "&by=week").json();
        var periods = weeks.getJsonArray("periods").stream().map(JsonObject.class::cast).toList();
        assertEquals(4, periods.size(), weeks.toString());
        assertEquals(WEEK, periods.getLast().getString("period"));
        assertEquals(1, value(periods.getLast().getJsonObject("stories")));
        assertEquals(0, value(periods.getFirst().getJsonObject("stories")));
        var behind = quality.get(periods.getLast().getString("drill").substring(1));
        assertEquals(List.of(id), ids(behind));
        assertEquals(0, quality.get(periods.getFirst().getString("drill").substring(1)).json().getInt("total"));
        var csv = quality.get("api/outcomes/export.csv?service=" + service + "&week=" + WEEK, "text/csv");
        assertTrue(csv.body().lines().skip(1).findFirst().orElseThrow().contains(WEEK + "," + WEEK + "," + WEEK + ",1,"), csv.body());
    }

    /** A story about two services of one organisation counts once for it, and follows a service that moves. */
    @Test
    default void countsAStoryOnceForItsOrganisationAndMovesItWithItsService() {
        var admin = demo("admin");
        long first = organisation(admin, "Outcomes first " + UUID.randomUUID());
        long second = organisation(admin, "Outcomes second " + UUID.randomUUID());
        long clinic = service(admin, first, "Clinic");
        long ward = service(admin, first, "Ward");
        long id = publishedStory(List.of(clinic, ward), "access.timeliness");
        String firstDashboard = "api/outcomes?organisation=" + first + "&month=" + MONTH;
        countedOnceWithItsFilters(admin, first, firstDashboard, id);

        move(admin, ward, second);
        String secondDashboard = "api/outcomes?organisation=" + second + "&month=" + MONTH;
        eventually(() -> admin.get(secondDashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(1, value(total(admin.get(firstDashboard)).getJsonObject("stories")), "the clinic still counts it");
        move(admin, clinic, second);
        eventually(() -> admin.get(firstDashboard), r -> value(total(r).getJsonObject("stories")) == 0);
        assertEquals(1, value(total(admin.get(secondDashboard)).getJsonObject("stories")));
    }

    private static void countedOnceWithItsFilters(Api admin, long organisation, String dashboard, long id) {
        var counted = eventually(() -> admin.get(dashboard), r -> value(total(r).getJsonObject("stories")) > 0);
        assertEquals(1, value(total(counted).getJsonObject("stories")), "once, though it names two of its services");
        assertEquals(1, value(counted.json().getJsonArray("themes").getJsonObject(0).getJsonObject("total")));
        var behind = admin.get(total(counted).getJsonObject("drills").getString("stories").substring(1));
        assertEquals(List.of(id), ids(behind));
        assertEquals(1, behind.json().getInt("total"), "a number's own link counts from the summary cell");
        String drill = "api/outcomes/stories?organisation=" + organisation + "&month=" + MONTH;
        var filtered = admin.get(drill + "&criticality=3&concern=true");
        assertEquals(1, filtered.json().getInt("total"), "two filters count in the index");
        assertEquals(List.of(id), ids(filtered));
        assertEquals(0, admin.get(drill + "&criticality=2&concern=true").json().getInt("total"));
        assertEquals(0, admin.get(drill + "&criticality=2").json().getInt("total"));
    }

    /** A drill-down whose filters are no dashboard number counts up to a cap (5 in these tests), then says "more than". */
    @Test
    default void countsAnAdHocDrillDownUpToACap() {
        var admin = demo("admin");
        long service = service(admin, organisation(admin, "Outcomes capped " + UUID.randomUUID()), "Clinic");
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            ids.add(publishedStory(service, "access.timeliness"));
        }
        String drill = "api/outcomes/stories?service=" + service + "&month=" + MONTH;
        var own = eventually(() -> admin.get(drill + "&criticality=3"), r -> r.json().getInt("total") == 6);
        assertFalse(own.json().getBoolean("totalAtLeast"), "a dashboard number's own link is counted exactly");
        var adHoc = admin.get(drill + "&criticality=3&concern=true");
        assertEquals(5, adHoc.json().getInt("total"));
        assertTrue(adHoc.json().getBoolean("totalAtLeast"), adHoc.body());
        assertEquals(6, adHoc.items().size(), "the page still lists every story");
        var none = admin.get(drill + "&criticality=2&concern=true");
        assertEquals(0, none.json().getInt("total"));
        assertFalse(none.json().getBoolean("totalAtLeast"));
    }

    /** A story counted before organisations had rows of their own (what V16 finds) is counted for them in the background. */
    @Test
    default void countsAStoryCountedBeforeOrganisationsHadRowsForThemInTheBackground() throws Exception {
        var admin = demo("admin");
        long organisation = organisation(admin, "Outcomes upgraded " + UUID.randomUUID());
        long id = publishedStory(service(admin, organisation, "Clinic"), "access.timeliness");
        String dashboard = "api/outcomes?organisation=" + organisation + "&month=" + MONTH;
        // counted, and counted again as overdue (deadlines of 0 days here): nothing else will count it by itself
        eventually(() -> admin.get(dashboard), r -> value(total(r).getJsonObject("overdue")) == 1);
        asV16FoundIt(organisation, id);
        assertEquals(0, value(total(admin.get(dashboard)).getJsonObject("stories")), "as V16 found it");
        var upgraded = eventually(() -> admin.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(1, value(upgraded.json().getJsonArray("themes").getJsonObject(0).getJsonObject("total")));
        assertEquals(1, admin.get("api/outcomes/stories?organisation=" + organisation + "&month=" + MONTH + "&criticality=3"
                + "&concern=true").json().getInt("total"), "and its index rows");
    }

    /** Removes the organisation's own count rows and the story's organisations, once its background work is done. */
    private static void asV16FoundIt(long organisation, long id) throws Exception {
        try (var db = TestDatabase.connect(); var sql = db.createStatement()) {
            for (int i = 0; i < 60 && pending(sql, id) > 0; i++) {
                Thread.sleep(500); // its analysis and counts first: a count still to come would add the rows back by itself
            }
            assertEquals(0, pending(sql, id));
            db.setAutoCommit(false);
            for (String table : List.of("service_month", "service_week", "theme_month", "theme_week", "response_day",
                    "response_week_day", "outcome_service_story", "outcome_theme_story")) {
                sql.executeUpdate("delete from " + table + " where service_id = " + (-organisation));
            }
            sql.executeUpdate("update outcome_story set organisations = null where story_id = " + id);
            db.commit();
        }
    }

    private static long pending(Statement sql, long storyId) throws java.sql.SQLException {
        try (var rows = sql.executeQuery("select count(*) from outbox where subject_id = " + storyId + " and status = 'PENDING'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    default void uncountsAWithdrawnStory() {
        long service = newServiceOfHospitalNorth();
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"CARER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Withdrawn later\",\"story\":\"Some story.\"}");
        String token = told.json().getString("followToken");
        long id = told.json().getJsonNumber("id").longValue();
        publishedAs(id, "T", "Some story.", 1, null);
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(204, anonymous().delete("api/follow/" + token).status());
        eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 0);
    }
}

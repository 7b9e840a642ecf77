package org.coproduce;

import static org.coproduce.FoundationIT.assertProblem;
import static org.coproduce.StoryLifecycleIT.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Deployments;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outcomes on MariaDB through the API: a story on a new service is counted when published,
 * answered and withdrawn; quality managers see small counts, the public sees them suppressed.
 * Deadlines are 0 days here (see the failsafe configuration): a story is overdue at once.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

    static final String MONTH = YearMonth.now(ZoneOffset.UTC).toString();
    static final java.time.LocalDate TODAY = java.time.LocalDate.now(ZoneOffset.UTC);
    static final String WEEK = TODAY.format(java.time.format.DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);
    static final String WEEKS_AGO = TODAY.minusWeeks(3).format(java.time.format.DateTimeFormatter.ISO_WEEK_DATE).substring(0, 8);

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    /** Logs in, trying again when a busy machine lets the request time out. */
    Api demo(String who) {
        for (int attempt = 1; ; attempt++) {
            try {
                var api = new Api(base);
                assertEquals(200, api.logIn(who + "@demo.example", "demo-password").status(), who);
                return api;
            } catch (IllegalStateException timedOut) {
                if (attempt == 3) {
                    throw timedOut;
                }
            }
        }
    }

    long newServiceOfHospitalNorth() {
        long north = new Api(base).get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals("Aire Valley Hospital North")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        var created = demo("admin").post("api/services", "{\"organisationId\":" + north + ",\"name\":\"Outcomes clinic "
                + UUID.randomUUID() + "\",\"category\":\"HEALTH\",\"city\":\"Leeds\",\"country\":\"GB\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    long publishedStory(long service, String theme) {
        return publishedStory(List.of(service), theme);
    }

    long publishedStory(List<Long> services, String theme) {
        String ids = String.join(",", services.stream().map(String::valueOf).toList());
        var told = new Api(base).post("api/stories", "{\"serviceIds\":[" + ids + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Long wait\",\"story\":\"I waited for hours.\"}");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Long wait\",\"text\":\"I waited for hours.\","
                + "\"criticality\":3,\"themes\":[{\"code\":\"" + theme + "\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
        return id;
    }

    static long value(JsonObject figure) {
        assertFalse(figure.getBoolean("suppressed"), figure.toString());
        return figure.getJsonNumber("value").longValue();
    }

    static JsonObject total(Reply dashboard) {
        return dashboard.json().getJsonObject("total");
    }

    @Test
    void countsAStoryWhenPublishedAndAnsweredAndShowsTheStoriesBehindIt() {
        long service = newServiceOfHospitalNorth();
        long id = publishedStory(service, "access.timeliness");
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        var counted = eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        var t = total(counted);
        assertEquals(1, value(t.getJsonArray("criticality").getJsonObject(3)));
        assertEquals(1, value(t.getJsonObject("concerns")));
        assertEquals(0, value(t.getJsonObject("responded")));
        var theme = counted.json().getJsonArray("themes").getJsonObject(0);
        assertEquals("access.timeliness", theme.getString("code"));
        assertEquals(1, value(theme.getJsonObject("total")));
        var overdue = eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("overdue")) == 1);
        assertEquals(List.of(id), quality.get(total(overdue).getJsonObject("drills").getString("overdue").substring(1)).items()
                .stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());
        showsTheStoryInTheWeekItWasPublished(quality, service, id);
        countsTheSentimentOfItsAnalysis(quality, dashboard, id);

        var behind = quality.get(theme.getString("drill").substring(1));
        assertEquals(200, behind.status(), behind.body());
        assertEquals(List.of(id), behind.items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());

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
    void countsTheSentimentOfItsAnalysis(Api quality, String dashboard, long id) {
        var analysed = eventually(() -> quality.get(dashboard),
                r -> value(total(r).getJsonObject("sentiment").getJsonObject("unknown")) == 0, 180);
        var sentiment = total(analysed).getJsonObject("sentiment");
        var counted = List.of("positive", "mixed", "negative").stream().filter(k -> value(sentiment.getJsonObject(k)) == 1)
                .toList();
        assertEquals(1, counted.size(), sentiment.toString());
        assertEquals(1, List.of("positive", "mixed", "negative").stream().mapToLong(k -> value(sentiment.getJsonObject(k))).sum());
        String drill = total(analysed).getJsonObject("drills").getJsonObject("sentiment").getString(counted.getFirst());
        assertEquals(List.of(id), quality.get(drill.substring(1)).items().stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(0, quality.get(drill.substring(1).replace("sentiment=" + counted.getFirst(), "sentiment=unknown"))
                .json().getInt("total"));
        assertEquals(List.of("sentiment"),
                violated(quality.get(dashboard.replace("api/outcomes?", "api/outcomes/stories?") + "&sentiment=happy")));
    }

    void showsTheStoryInTheWeekItWasPublished(Api quality, long service, long id) {
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
        assertEquals(List.of(id), behind.items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(0, quality.get(periods.getFirst().getString("drill").substring(1)).json().getInt("total"));
        var csv = quality.get("api/outcomes/export.csv?service=" + service + "&week=" + WEEK, "text/csv");
        assertTrue(csv.body().lines().skip(1).findFirst().orElseThrow().contains(WEEK + "," + WEEK + "," + WEEK + ",1,"), csv.body());
    }

    @Test
    void suppressesSmallNumbersForThePublicAndInExports() {
        long service = newServiceOfHospitalNorth();
        publishedStory(service, "communication.listening");
        String query = "service=" + service + "&month=" + MONTH;
        eventually(() -> demo("quality").get("api/outcomes?" + query), r -> value(total(r).getJsonObject("stories")) == 1);

        var shown = new Api(base).get("api/outcomes?" + query);
        assertTrue(shown.json().getBoolean("suppressed"));
        var stories = total(shown).getJsonObject("stories");
        assertTrue(stories.getBoolean("suppressed"));
        assertTrue(stories.isNull("value"));
        var hidden = shown.json().getJsonArray("periods").getJsonObject(0);
        assertTrue(hidden.getJsonObject("drills").containsKey("responded"));
        assertFalse(hidden.getJsonObject("drills").containsKey("overdue"), "overdue is for staff");
        assertProblem(new Api(base).get("api/outcomes/stories?" + query + "&overdue=true"), 403);
        var behind = new Api(base).get("api/outcomes/stories?" + query).json();
        assertTrue(behind.getBoolean("suppressed"));
        assertEquals(0, behind.getJsonArray("items").size());

        var csv = new Api(base).get("api/outcomes/export.csv?" + query, "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("scope,scope_id,scope_name,period"), csv.body());
        assertTrue(csv.body().contains("fewer than 5"), csv.body());
        var staffCsv = demo("quality").get("api/outcomes/export.csv?" + query, "text/csv");
        assertFalse(staffCsv.body().lines().skip(1).findFirst().orElseThrow().contains("fewer than 5"), staffCsv.body());
    }

    /** A story about two services of one organisation counts once for it, and follows a service that moves. */
    @Test
    void countsAStoryOnceForItsOrganisationAndMovesItWithItsService() {
        var admin = demo("admin");
        long first = organisation(admin, "Outcomes first " + UUID.randomUUID());
        long second = organisation(admin, "Outcomes second " + UUID.randomUUID());
        long clinic = service(admin, first, "Clinic");
        long ward = service(admin, first, "Ward");
        long id = publishedStory(List.of(clinic, ward), "access.timeliness");
        String firstDashboard = "api/outcomes?organisation=" + first + "&month=" + MONTH;
        var counted = eventually(() -> admin.get(firstDashboard), r -> value(total(r).getJsonObject("stories")) > 0);
        assertEquals(1, value(total(counted).getJsonObject("stories")), "once, though it names two of its services");
        assertEquals(1, value(counted.json().getJsonArray("themes").getJsonObject(0).getJsonObject("total")));
        var behind = admin.get(total(counted).getJsonObject("drills").getString("stories").substring(1));
        assertEquals(List.of(id), behind.items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(1, behind.json().getInt("total"), "a number's own link counts from the summary cell");
        String drill = "api/outcomes/stories?organisation=" + first + "&month=" + MONTH;
        var filtered = admin.get(drill + "&criticality=3&concern=true");
        assertEquals(1, filtered.json().getInt("total"), "two filters count in the index");
        assertEquals(List.of(id), filtered.items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertEquals(0, admin.get(drill + "&criticality=2&concern=true").json().getInt("total"));
        assertEquals(0, admin.get(drill + "&criticality=2").json().getInt("total"));

        move(admin, ward, second);
        String secondDashboard = "api/outcomes?organisation=" + second + "&month=" + MONTH;
        eventually(() -> admin.get(secondDashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(1, value(total(admin.get(firstDashboard)).getJsonObject("stories")), "the clinic still counts it");
        move(admin, clinic, second);
        eventually(() -> admin.get(firstDashboard), r -> value(total(r).getJsonObject("stories")) == 0);
        assertEquals(1, value(total(admin.get(secondDashboard)).getJsonObject("stories")));
    }

    static long organisation(Api admin, String name) {
        var created = admin.post("api/organisations", "{\"name\":\"" + name + "\",\"country\":\"GB\"}");
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static long service(Api admin, long organisation, String name) {
        var created = admin.post("api/services", serviceJson(organisation, name));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    static void move(Api admin, long service, long organisation) {
        String name = admin.get("api/services/" + service).json().getString("name");
        var moved = admin.put("api/services/" + service, serviceJson(organisation, name));
        assertEquals(200, moved.status(), moved.body());
    }

    static String serviceJson(long organisation, String name) {
        return "{\"organisationId\":" + organisation + ",\"name\":\"" + name + "\",\"category\":\"HEALTH\",\"country\":\"GB\"}";
    }

    /** A drill-down whose filters are no dashboard number counts up to a cap (5 in these tests), then says "more than". */
    @Test
    void countsAnAdHocDrillDownUpToACap() {
        var admin = demo("admin");
        long service = service(admin, organisation(admin, "Outcomes capped " + UUID.randomUUID()), "Clinic");
        var ids = new java.util.ArrayList<Long>();
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
    void countsAStoryCountedBeforeOrganisationsHadRowsForThemInTheBackground() throws Exception {
        var admin = demo("admin");
        long organisation = organisation(admin, "Outcomes upgraded " + UUID.randomUUID());
        long id = publishedStory(service(admin, organisation, "Clinic"), "access.timeliness");
        String dashboard = "api/outcomes?organisation=" + organisation + "&month=" + MONTH;
        // counted, and counted again as overdue (deadlines of 0 days here): nothing else will count it by itself
        eventually(() -> admin.get(dashboard), r -> value(total(r).getJsonObject("overdue")) == 1);
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
        assertEquals(0, value(total(admin.get(dashboard)).getJsonObject("stories")), "as V16 found it");
        var upgraded = eventually(() -> admin.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(1, value(upgraded.json().getJsonArray("themes").getJsonObject(0).getJsonObject("total")));
        assertEquals(1, admin.get("api/outcomes/stories?organisation=" + organisation + "&month=" + MONTH + "&criticality=3"
                + "&concern=true").json().getInt("total"), "and its index rows");
    }

    static long pending(java.sql.Statement sql, long storyId) throws java.sql.SQLException {
        try (var rows = sql.executeQuery("select count(*) from outbox where subject_id = " + storyId + " and status = 'PENDING'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void uncountsAWithdrawnStory() {
        long service = newServiceOfHospitalNorth();
        var told = new Api(base).post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"CARER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Withdrawn later\",\"story\":\"Some story.\"}");
        String token = told.json().getString("followToken");
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        assertEquals(200, moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"T\",\"text\":\"Some story.\",\"criticality\":1}").status());
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1);
        assertEquals(204, new Api(base).delete("api/follow/" + token).status());
        eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 0);
    }

    @Test
    void namesTheFieldOfABadRequest() {
        var api = new Api(base);
        assertEquals(List.of("from"), violated(api.get("api/outcomes?from=2026-13")));
        assertEquals(List.of("from"), violated(api.get("api/outcomes?from=2026-05&to=2026-01")));
        assertEquals(List.of("by"), violated(api.get("api/outcomes?by=fortnight")));
        assertEquals(List.of("week"), violated(api.get("api/outcomes?week=2025-W53")));
        assertEquals(List.of("by"), violated(api.get("api/outcomes?from=2026-W01&to=2026-W05&by=quarter")));
        assertEquals(List.of("to"), violated(api.get("api/outcomes/stories?from=2026-W01&to=2026-05")));
        assertEquals(List.of("criticality"), violated(api.get("api/outcomes/stories?criticality=9")));
        assertEquals(List.of("polarity"), violated(api.get("api/outcomes/stories?polarity=MEH")));
        assertEquals(List.of("organisation"), violated(api.get("api/outcomes?organisation=abc")));
        assertProblem(api.get("api/outcomes?organisation=999999"), 404);
    }

    @Test
    void showsAQualityManagerTheirOrganisationAndThePublicTheWholePlatform() {
        long trust = new Api(base).get("api/organisations?size=100").items().stream().map(JsonObject.class::cast)
                .filter(o -> o.getString("name").equals("Aire Valley NHS Foundation Trust")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        var own = demo("quality").get("api/outcomes?organisation=" + trust + "&by=year");
        assertEquals(200, own.status(), own.body());
        assertFalse(own.json().getBoolean("suppressed"));
        assertTrue(value(total(own).getJsonObject("stories")) > 0, "demo stories are counted at start");
        assertTrue(demo("quality").get("api/outcomes").json().getBoolean("suppressed"), "not platform-wide");
        assertFalse(demo("admin").get("api/outcomes").json().getBoolean("suppressed"));
    }

    @Test
    void registersAChangeAndAsksItsStorytellersWhetherItMadeADifference() throws Exception {
        long service = newServiceOfHospitalNorth();
        var told = new Api(base).post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Hard to book\",\"story\":\"Booking took weeks.\","
                + "\"email\":\"booker@example.org\"}");
        String token = told.json().getString("followToken");
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + id), r -> true);
        assertEquals(200, moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Hard to book\",\"text\":\"Booking took weeks.\","
                + "\"criticality\":2,\"themes\":[{\"code\":\"access.timeliness\",\"polarity\":\"IMPROVE\"}]}").status());
        long organisation = new Api(base).get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String made = java.time.LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        String body = "{\"organisationId\":" + organisation + ",\"description\":\"Online booking\",\"serviceIds\":[" + service
                + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[" + id + "],\"status\":\"MADE\",\"madeOn\":\"" + made + "\"}";
        assertEquals(List.of("email"), violated(new Api(base).post("api/stories/" + id + "/me-too/contact", "{\"email\":\"nope\"}")));
        assertEquals(202, new Api(base).post("api/stories/" + id + "/me-too/contact", "{\"email\":\"also@example.org\"}").status());
        assertProblem(moderator.post("api/changes", body), 403);
        assertEquals(List.of("madeOn"), violated(demo("responder").post("api/changes", body.replace(made, "yesterday"))));
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        var before = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1));
        assertEquals(0, value(before.getJsonObject("changesMade")));
        var created = demo("responder").post("api/changes", body);
        assertEquals(201, created.status(), created.body());
        long change = created.json().getJsonNumber("id").longValue();
        var counted = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("changesMade")) == 1));
        assertEquals(1, value(counted.getJsonObject("concernsChanged")), "a concern answered with a change in the register");
        assertEquals(1.0, counted.getJsonObject("concernsChangedShare").getJsonNumber("value").doubleValue());
        assertEquals(List.of(id), quality.get("api/outcomes/stories?service=" + service + "&month=" + MONTH + "&change=MADE")
                .items().stream().map(s -> s.asJsonObject().getJsonNumber("id").longValue()).toList());

        var mail = TestMail.awaitMessage("booker@example.org", "Did it make a difference?", java.time.Duration.ofSeconds(60))
                .orElseThrow();
        assertTrue(mail.body().contains("Online booking"), mail.body());
        String mailed = mail.body().substring(mail.body().indexOf("/follow.html#") + 13).split("\\s")[0];
        assertFalse(mailed.equals(token), "a fresh link, not the one shown at submission");
        assertEquals(change, new Api(base).get("api/follow/" + mailed).json().getJsonArray("questions").getJsonObject(0)
                .getJsonNumber("subjectId").longValue());
        var question = new Api(base).get("api/follow/" + token).json().getJsonArray("questions").getJsonObject(0);
        assertEquals("DIFFERENCE", question.getString("kind"));
        assertEquals(change, question.getJsonNumber("subjectId").longValue());
        assertEquals(List.of("answer"), violated(new Api(base).post("api/follow/" + token + "/difference",
                "{\"changeId\":" + change + ",\"answer\":\"MAYBE\"}")));
        assertEquals(200, new Api(base).post("api/follow/" + token + "/difference",
                "{\"changeId\":" + change + ",\"answer\":\"PARTLY\"}").status());
        assertEquals("PARTLY", new Api(base).get("api/follow/" + token).json().getJsonArray("questions").getJsonObject(0)
                .getString("answer"));
        var other = TestMail.awaitMessage("also@example.org", "Did it make a difference?", java.time.Duration.ofSeconds(60))
                .orElseThrow();
        String asked = other.body().substring(other.body().indexOf("/difference.html#") + 17).split("\\s")[0];
        assertEquals("Online booking", new Api(base).get("api/difference/" + asked).json().getString("description"));
        assertEquals(List.of("answer"), violated(new Api(base).post("api/difference/" + asked, "{\"answer\":\"MAYBE\"}")));
        assertEquals("YES", new Api(base).post("api/difference/" + asked, "{\"answer\":\"YES\"}").json().getString("answer"));
        assertEquals(404, new Api(base).get("api/difference/not-a-token").status());
        var seen = demo("quality").get("api/changes/" + change).json();
        assertEquals(1, value(seen.getJsonObject("difference").getJsonObject("PARTLY")));
        assertEquals(1, value(seen.getJsonObject("difference").getJsonObject("YES")));
        assertEquals(2, value(seen.getJsonObject("difference").getJsonObject("asked")));
        assertTrue(new Api(base).get("api/changes/" + change).json().getJsonObject("difference").getJsonObject("PARTLY")
                .getBoolean("suppressed"));
        var evidence = demo("quality").get("api/changes/" + change + "/evidence?months=3");
        assertEquals(200, evidence.status(), evidence.body());
        assertFalse(evidence.json().getString("statement").isBlank());

        var dropped = demo("responder").put("api/changes/" + change + "?version=" + seen.getJsonNumber("version"),
                body.replace("\"MADE\"", "\"DROPPED\""));
        assertEquals(200, dropped.status(), dropped.body());
        var uncounted = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("changesMade")) == 0));
        assertEquals(0, value(uncounted.getJsonObject("concernsChanged")));
    }

    @Test
    void findsAThemeRisingUnusuallyAndTellsTheQualityManagers() throws Exception {
        long service = newServiceOfHospitalNorth();
        // a year of history, as the generator writes it: 40 stories a month, 2 of them about waiting
        try (var db = TestDatabase.connect();
                var months = db.prepareStatement("insert into service_month (service_id, ym, stories) values (?, ?, 40)");
                var themes = db.prepareStatement("insert into theme_month (service_id, ym, code, polarity, stories)"
                        + " values (?, ?, 'access.timeliness', 'IMPROVE', 2)")) {
            for (int back = 1; back <= 12; back++) {
                int ym = Integer.parseInt(YearMonth.now(ZoneOffset.UTC).minusMonths(back).toString().replace("-", ""));
                for (var insert : List.of(months, themes)) {
                    insert.setLong(1, service);
                    insert.setInt(2, ym);
                    insert.executeUpdate();
                }
            }
        }
        for (int i = 0; i < 5; i++) {
            publishedStory(service, "access.timeliness");
        }
        var quality = demo("quality");
        var rises = eventually(() -> quality.get("api/outcomes/rises?service=" + service), r -> !r.body().equals("[]"), 120);
        var rise = rises.array().getJsonObject(0);
        assertEquals("access.timeliness", rise.getString("code"));
        assertEquals(MONTH, rise.getString("month"));
        assertEquals(5, rise.getJsonNumber("withTheme").longValue());
        assertEquals(5, rise.getJsonNumber("stories").longValue());
        assertTrue(rise.getJsonNumber("pValue").doubleValue() < 0.00135, rise.toString());
        assertTrue(rise.getString("statement").contains("5 of 5 stories"), rise.getString("statement"));
        String name = new Api(base).get("api/services/" + service).json().getString("name");
        var mail = TestMail.awaitMessage("quality@demo.example", " at " + name,
                java.time.Duration.ofSeconds(60)).orElseThrow();
        assertTrue(mail.body().contains("5 of 5 stories"), mail.body());
        assertFalse(mail.body().contains("I waited for hours"), "no story text in the e-mail");
        assertProblem(demo("moderator").get("api/outcomes/rises?service=" + service), 403);
        assertEquals(401, new Api(base).get("api/outcomes/rises").status());
    }

    static List<String> violated(Reply reply) {
        assertProblem(reply, 400);
        return reply.violatedFields();
    }
}

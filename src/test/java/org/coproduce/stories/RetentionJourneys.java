package org.coproduce.stories;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.coproduce.testing.MeToo;
import org.coproduce.testing.OutcomeSteps;
import org.coproduce.testing.TestDatabase;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 3 and 4: "me too" addresses are confirmed before anything else is sent to them,
 * every e-mail to the public unsubscribes in one click, and the daily retention pass (every two
 * seconds in the ITs) forgets by age. Ages are set by moving timestamps back in the database.
 */
public interface RetentionJourneys extends OutcomeSteps {

    String FORM = "application/x-www-form-urlencoded";
    String ONE_CLICK = "List-Unsubscribe=One-Click";

    @Test
    default void meTooAddressesAreConfirmedFirstAndEveryMailToThePublicUnsubscribesInOneClick() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String teller = "teller-" + tag + "@example.org";
        long service = newServiceOfHospitalNorth();
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"SERVICE_USER\",\"happened\":\""
                + MONTH + "\",\"title\":\"No parking\",\"story\":\"The car park was full.\",\"email\":\"" + teller + "\"}");
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var follow = TestMail.awaitMessage(teller, "Your link to follow your story", Duration.ofSeconds(60)).orElseThrow();
        assertEquals(ONE_CLICK, follow.listUnsubscribePost());
        assertTrue(follow.oneClick().contains("/api/unsubscribe?token=s" + id + "."), follow.listUnsubscribe());
        assertTrue(follow.body().contains("/unsubscribe.html#s" + id + "."), follow.body());
        publishedAs(id, "No parking " + tag, "The car park was full.", 2, "access.timeliness");

        String confirmed = "confirmed-" + tag + "@example.org";
        String unconfirmed = "unconfirmed-" + tag + "@example.org";
        String stopped = "stopped-" + tag + "@example.org";
        MeToo.confirmed(anonymous(), id, confirmed);
        assertNotNull(MeToo.left(anonymous(), id, unconfirmed).oneClick(), "the confirmation can be unsubscribed too");
        var stoppedMail = MeToo.left(anonymous(), id, stopped);
        assertEquals(200, anonymous().post("api/me-too/confirmation", "{\"token\":\"" + stoppedMail.tokenAfter("/confirm.html#")
                + "\"}").status());
        assertProblem(anonymous().post("api/me-too/confirmation", "{\"token\":\"not-a-token\"}"), 404);
        String oneClick = "api/" + stoppedMail.oneClick().substring(stoppedMail.oneClick().indexOf("/api/") + 5);
        assertProblem(anonymous().send("POST", oneClick.replace("token=m", "token=s"), FORM, ONE_CLICK), 404);
        assertEquals(200, anonymous().send("POST", oneClick, FORM, ONE_CLICK).status(), "as a mail program sends it (RFC 8058)");
        assertEquals(200, anonymous().send("POST", oneClick, FORM, ONE_CLICK).status(), "again: nothing changes");

        madeAChange(service, id, "A bigger car park " + tag);
        var asked = TestMail.awaitMessage(confirmed, "Did it make a difference?", Duration.ofSeconds(60)).orElseThrow();
        assertTrue(asked.oneClick().contains("token=m"), asked.listUnsubscribe());
        assertTrue(asked.body().contains("/unsubscribe.html#m"), asked.body());
        var storyteller = TestMail.awaitMessage(teller, "Did it make a difference?", Duration.ofSeconds(60)).orElseThrow();
        assertEquals(ONE_CLICK, storyteller.listUnsubscribePost());
        assertEquals(List.of(MeToo.CONFIRM_SUBJECT), TestMail.subjectsTo(unconfirmed), "unconfirmed: only the confirmation");
        assertEquals(List.of(MeToo.CONFIRM_SUBJECT), TestMail.subjectsTo(stopped), "unsubscribed: nothing more");
        assertEquals(List.of(), strings("select email from me_too_contact where story_id = " + id + " and email = '" + stopped + "'"),
                "the address is erased");
    }

    private void madeAChange(long service, long storyId, String description) throws InterruptedException {
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String body = "{\"organisationId\":" + organisation + ",\"description\":\"" + description + "\",\"serviceIds\":[" + service
                + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[" + storyId + "],\"status\":\"MADE\",\"madeOn\":\""
                + LocalDate.now(ZoneOffset.UTC).minusDays(30) + "\"}";
        var responder = demo("responder");
        until(() -> responder.post("api/changes", body).status() == 201, 30);
    }

    @Test
    default void theDailyPassForgetsClientHashesOldAddressesRejectedStoriesFinishedTasksAndEndedLogins() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long rejected = told("To be rejected " + tag);
        var moderator = demo("moderator");
        var view = eventually(() -> moderator.get("api/moderation/stories/" + rejected), r -> r.status() == 200);
        assertEquals(200, moderator.post("api/moderation/stories/" + rejected + "/decision", "{\"action\":\"REJECT\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"reason\":\"It names a patient.\"}").status());
        long old = told("Told long ago " + tag);
        publish(old, 2);
        assertEquals(200, anonymous().post("api/stories/" + old + "/me-too", "").status());
        MeToo.left(anonymous(), old, "never-confirmed-" + tag + "@example.org");
        long fresh = told("Told today " + tag);
        demo("admin");
        until(() -> count("select count(*) from outbox where kind = 'analyse-story' and status = 'DONE'"
                + " and subject_id = " + rejected) == 1, 60);

        execute("update story set submitted_at = submitted_at - interval 91 day where id = " + rejected,
                "update story set submitted_at = submitted_at - interval 366 day where id = " + old,
                "update reaction set created_at = created_at - interval 3 day where subject_kind = 'STORY' and subject_id = " + old,
                "update me_too_contact set created_at = created_at - interval 8 day where story_id = " + old,
                "update outbox set done_at = done_at - interval 8 day where kind = 'analyse-story' and subject_id = " + rejected,
                "update login_session set last_seen = last_seen - interval 2 hour"
                        + " where account_id = (select id from account where email = 'admin@demo.example')");

        until(() -> strings("select status from story where id = " + rejected).equals(List.of("WITHDRAWN")), 60);
        assertEquals(List.of("[withdrawn]|null|null"), strings("select concat_ws('|', title, coalesce(body, 'null'),"
                + " coalesce(email, 'null')) from story where id = " + rejected), "erased as a withdrawal erases");
        assertEquals(List.of("PUBLISHED|null|null"), strings("select concat_ws('|', status, coalesce(client_hash, 'null'),"
                + " coalesce(email, 'null')) from story where id = " + old), "the story stays, its hash and address go");
        // Each component's part of the pass commits on its own: the story's erasure may be seen before the others'.
        until(() -> count("select count(*) from reaction where subject_kind = 'STORY' and subject_id = " + old) == 0, 60);
        until(() -> count("select count(*) from me_too_contact where email is not null and story_id = " + old) == 0, 60);
        until(() -> count("select count(*) from outbox where kind = 'analyse-story' and subject_id = " + rejected) == 0, 60);
        until(() -> count("select count(*) from login_session where account_id = (select id from account"
                + " where email = 'admin@demo.example') and last_seen < now() - interval 1 hour") == 0, 60);
        assertEquals(List.of("teller@example.org"), strings("select email from story where client_hash is not null and id = " + fresh),
                "what is not old stays");
    }

    /** Waits until the condition holds, at most the seconds given. */
    private static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(500);
        }
    }

    private static void execute(String... statements) throws SQLException {
        try (var db = TestDatabase.connect(); var statement = db.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    private static long count(String sql) {
        return Long.parseLong(strings(sql).getFirst());
    }

    private static List<String> strings(String sql) {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(sql)) {
            var found = new ArrayList<String>();
            while (rows.next()) {
                found.add(rows.getString(1));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.coproduce.changes;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.OutcomeSteps.ids;
import static org.coproduce.testing.OutcomeSteps.total;
import static org.coproduce.testing.OutcomeSteps.value;
import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.coproduce.testing.Api;
import org.coproduce.testing.MeToo;
import org.coproduce.testing.OutcomeSteps;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/** A change in the register is counted, and its storytellers (and "me too" readers) are asked whether it made a difference. */
public interface ChangesJourneys extends OutcomeSteps {

    @Test
    default void registersAChangeAndAsksItsStorytellersWhetherItMadeADifference() throws Exception {
        long service = newServiceOfHospitalNorth();
        var told = anonymous().post("api/stories", "{\"serviceIds\":[" + service + "],\"relation\":\"SERVICE_USER\","
                + "\"happened\":\"" + MONTH + "\",\"title\":\"Hard to book\",\"story\":\"Booking took weeks.\","
                + "\"email\":\"booker@example.org\"}");
        String token = told.json().getString("followToken");
        long id = told.json().getJsonNumber("id").longValue();
        publishedAs(id, "Hard to book", "Booking took weeks.", 2, "access.timeliness");
        var moderator = demo("moderator");
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String made = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
        String body = "{\"organisationId\":" + organisation + ",\"description\":\"Online booking\",\"serviceIds\":[" + service
                + "],\"themes\":[\"access.timeliness\"],\"storyIds\":[" + id + "],\"status\":\"MADE\",\"madeOn\":\"" + made + "\"}";
        assertEquals(List.of("email"), violated(anonymous().post("api/stories/" + id + "/me-too/contact", "{\"email\":\"nope\"}")));
        MeToo.confirmed(anonymous(), id, "also@example.org");
        assertProblem(moderator.post("api/changes", body), 403);
        assertEquals(List.of("madeOn"), violated(demo("responder").post("api/changes", body.replace(made, "yesterday"))));
        var quality = demo("quality");
        String dashboard = "api/outcomes?service=" + service + "&month=" + MONTH;
        long change = registeredAndCounted(quality, service, dashboard, body, id);

        theStorytellerAnswersThroughTheirFollowLink(token, change);
        theMeTooReaderAnswersThroughTheirOwnLink();
        var seen = theAnswersAreCountedForStaffAndSuppressedForThePublic(change);

        var dropped = demo("responder").put("api/changes/" + change + "?version=" + seen.getJsonNumber("version"),
                body.replace("\"MADE\"", "\"DROPPED\""));
        assertEquals(200, dropped.status(), dropped.body());
        var uncounted = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("changesMade")) == 0));
        assertEquals(0, value(uncounted.getJsonObject("concernsChanged")));
    }

    /** A responder registers the change: the story's concern counts as changed. */
    private long registeredAndCounted(Api quality, long service, String dashboard, String body, long id) {
        var before = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("stories")) == 1));
        assertEquals(0, value(before.getJsonObject("changesMade")));
        var created = demo("responder").post("api/changes", body);
        assertEquals(201, created.status(), created.body());
        long change = created.json().getJsonNumber("id").longValue();
        var counted = total(eventually(() -> quality.get(dashboard), r -> value(total(r).getJsonObject("changesMade")) == 1));
        assertEquals(1, value(counted.getJsonObject("concernsChanged")), "a concern answered with a change in the register");
        assertEquals(1.0, counted.getJsonObject("concernsChangedShare").getJsonNumber("value").doubleValue());
        assertEquals(List.of(id), ids(quality.get("api/outcomes/stories?service=" + service + "&month=" + MONTH + "&change=MADE")));
        return change;
    }

    /** The storyteller is e-mailed a fresh link and answers on their follow page. */
    private void theStorytellerAnswersThroughTheirFollowLink(String token, long change) throws Exception {
        var mail = TestMail.awaitMessage("booker@example.org", "Did it make a difference?", Duration.ofSeconds(60))
                .orElseThrow();
        assertTrue(mail.body().contains("Online booking"), mail.body());
        String mailed = mail.body().substring(mail.body().indexOf("/follow.html#") + 13).split("\\s")[0];
        assertFalse(mailed.equals(token), "a fresh link, not the one shown at submission");
        assertEquals(change, anonymous().get("api/follow/" + mailed).json().getJsonArray("questions").getJsonObject(0)
                .getJsonNumber("subjectId").longValue());
        var question = anonymous().get("api/follow/" + token).json().getJsonArray("questions").getJsonObject(0);
        assertEquals("DIFFERENCE", question.getString("kind"));
        assertEquals(change, question.getJsonNumber("subjectId").longValue());
        assertEquals(List.of("answer"), violated(anonymous().post("api/follow/" + token + "/difference",
                "{\"changeId\":" + change + ",\"answer\":\"MAYBE\"}")));
        assertEquals(200, anonymous().post("api/follow/" + token + "/difference",
                "{\"changeId\":" + change + ",\"answer\":\"PARTLY\"}").status());
        assertEquals("PARTLY", anonymous().get("api/follow/" + token).json().getJsonArray("questions").getJsonObject(0)
                .getString("answer"));
    }

    /** The "me too" reader who left an address answers on the difference page. */
    private void theMeTooReaderAnswersThroughTheirOwnLink() throws Exception {
        var other = TestMail.awaitMessage("also@example.org", "Did it make a difference?", Duration.ofSeconds(60))
                .orElseThrow();
        String asked = other.body().substring(other.body().indexOf("/difference.html#") + 17).split("\\s")[0];
        assertEquals("Online booking", anonymous().get("api/difference/" + asked).json().getString("description"));
        assertEquals(List.of("answer"), violated(anonymous().post("api/difference/" + asked, "{\"answer\":\"MAYBE\"}")));
        assertEquals("YES", anonymous().post("api/difference/" + asked, "{\"answer\":\"YES\"}").json().getString("answer"));
        assertEquals(404, anonymous().get("api/difference/not-a-token").status());
    }

    private JsonObject theAnswersAreCountedForStaffAndSuppressedForThePublic(long change) {
        var seen = demo("quality").get("api/changes/" + change).json();
        assertEquals(1, value(seen.getJsonObject("difference").getJsonObject("PARTLY")));
        assertEquals(1, value(seen.getJsonObject("difference").getJsonObject("YES")));
        assertEquals(2, value(seen.getJsonObject("difference").getJsonObject("asked")));
        assertTrue(anonymous().get("api/changes/" + change).json().getJsonObject("difference").getJsonObject("PARTLY")
                .getBoolean("suppressed"));
        var evidence = demo("quality").get("api/changes/" + change + "/evidence?months=3");
        assertEquals(200, evidence.status(), evidence.body());
        assertFalse(evidence.json().getString("statement").isBlank());
        return seen;
    }
}

package org.coproduce.moderation;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.junit.jupiter.api.Test;

/** Administrators keep the library of reasons; moderators reject with one; storytellers read it in their language. */
public interface ReasonsJourneys extends Journeys {

    @Test
    default void anAdministratorsReasonReachesTheStorytellerInTheirLanguage() {
        String code = "IT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var admin = demo("admin");
        var created = admin.post("api/admin/reasons", wording("\"code\":\"" + code + "\"", "first"));
        assertEquals(201, created.status(), created.body());
        long version = created.json().getJsonNumber("version").longValue();

        assertProblem(admin.put("api/admin/reasons/" + code, wording("\"version\":" + (version + 7), "stale")), 409);
        var changed = admin.put("api/admin/reasons/" + code, wording("\"version\":" + version, "second"));
        assertEquals(200, changed.status(), changed.body());
        assertTrue(changed.json().getJsonNumber("version").longValue() > version, "a change moves the version on");
        var trail = admin.get("api/admin/reasons/" + code + "/changes").array().stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertEquals(List.of("CREATE", "UPDATE"), trail, "the stale change left nothing");

        var moderator = demo("moderator");
        assertTrue(moderator.get("api/moderation/reasons").array().stream()
                .anyMatch(r -> r.asJsonObject().getString("code").equals(code) && r.asJsonObject().getString("textEn").contains("second")));
        var german = anonymous();
        var told = german.post("api/stories", Journeys.submission(emergencyDepartment(), "Auf Deutsch"), "Accept-Language", "de");
        assertEquals(202, told.status(), told.body());
        reject(moderator, told.json(), "{\"action\":\"REJECT\",\"reasonCode\":\"" + code + "\",\"reason\":\"Bitte ohne Namen.\"");
        var follow = german.get("api/follow/" + told.json().getString("followToken")).json();
        assertEquals("REJECTED", follow.getString("status"));
        assertEquals("Grund zweiter Fassung\n\nBitte ohne Namen.", follow.getString("rejectionReason"));

        var english = anonymous();
        var toldEn = english.post("api/stories", Journeys.submission(emergencyDepartment(), "In English"), "Accept-Language", "en");
        reject(moderator, toldEn.json(), "{\"action\":\"REJECT\",\"reasonCode\":\"" + code + "\"");
        assertEquals("Reason, second wording", english.get("api/follow/" + toldEn.json().getString("followToken")).json()
                .getString("rejectionReason"));

        long now = admin.get("api/moderation/reasons").array().stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("version").longValue();
        assertEquals(204, admin.delete("api/admin/reasons/" + code + "?version=" + now).status());
        assertEquals("Grund zweiter Fassung\n\nBitte ohne Namen.", german.get("api/follow/" + told.json().getString("followToken"))
                .json().getString("rejectionReason"), "a deleted reason leaves what the storyteller was told as it was");
    }

    @Test
    default void refusesAReasonThatIsNotInTheLibraryAndReasonsFromOthersThanAdmins() {
        var moderator = demo("moderator");
        var received = tell(anonymous(), "Unknown reason");
        long id = received.getJsonNumber("id").longValue();
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var refused = moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + ",\"reasonCode\":\"NO_SUCH_REASON\"}");
        assertProblem(refused, 400);
        assertEquals(List.of("reasonCode"), violated(refused));
        assertProblem(moderator.post("api/admin/reasons", wording("\"code\":\"MODERATORS_OWN\"", "x")), 403);
        var admin = demo("admin");
        var bad = admin.post("api/admin/reasons", "{\"code\":\"lower case\",\"labelEn\":\"\",\"labelDe\":\"x\",\"textEn\":\"x\",\"textDe\":\"x\"}");
        assertProblem(bad, 400);
        assertTrue(violated(bad).containsAll(List.of("code", "labelEn")), violated(bad).toString());
    }

    @Test
    default void theFiguresCountSubmittedAndDecidedStoriesOfThisWeek() {
        var moderator = demo("moderator");
        var before = thisWeek(moderator);
        long queueBefore = moderator.get("api/moderation/figures?weeks=1").json().getJsonNumber("queueNow").longValue();
        var received = tell(anonymous(), "Counted");
        var during = thisWeek(moderator);
        assertTrue(during.getJsonNumber("submitted").longValue() >= before.getJsonNumber("submitted").longValue() + 1, during.toString());
        assertTrue(moderator.get("api/moderation/figures?weeks=1").json().getJsonNumber("queueNow").longValue() >= queueBefore + 1);
        reject(moderator, received, "{\"action\":\"REJECT\",\"reasonCode\":\"DUPLICATE\"");
        var after = thisWeek(moderator);
        assertTrue(after.getJsonNumber("rejected").longValue() >= before.getJsonNumber("rejected").longValue() + 1, after.toString());
        assertNotNull(after.get("medianMinutes"), "a decision this week has a time to decision");
        assertTrue(after.getJsonNumber("p90Minutes").longValue() >= after.getJsonNumber("medianMinutes").longValue());
        long story = anonymous().get("api/stories?size=1").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        var reported = anonymous().post("api/stories/" + story + "/reports", "{\"reason\":\"OFF_TOPIC\"}");
        assertEquals(202, reported.status(), reported.body());
        assertTrue(thisWeek(moderator).getJsonNumber("reports").longValue() >= after.getJsonNumber("reports").longValue() + 1,
                "a reader's report is counted in its week");
        var twelve = moderator.get("api/moderation/figures").json();
        assertEquals(12, twelve.getJsonArray("weeks").size(), "twelve weeks unless asked otherwise");
        assertProblem(moderator.get("api/moderation/figures?weeks=99"), 400);
        assertProblem(demo("responder").get("api/moderation/figures"), 403);
    }

    private static JsonObject thisWeek(Api moderator) {
        var weeks = moderator.get("api/moderation/figures?weeks=2").json().getJsonArray("weeks");
        assertEquals(2, weeks.size());
        return weeks.getJsonObject(1);
    }

    private static void reject(Api moderator, JsonObject received, String decisionWithoutVersion) {
        long id = received.getJsonNumber("id").longValue();
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var decided = moderator.post("api/moderation/stories/" + id + "/decision", decisionWithoutVersion + ",\"version\":" + version + "}");
        assertEquals(200, decided.status(), decided.body());
    }

    private static String wording(String first, String which) {
        String en = "second".equals(which) ? "Reason, second wording" : "Reason, " + which + " wording";
        String de = "second".equals(which) ? "Grund zweiter Fassung" : "Grund " + which;
        return "{" + first + ",\"labelEn\":\"IT " + which + "\",\"labelDe\":\"IT " + which + "\",\"textEn\":\"" + en
                + "\",\"textDe\":\"" + de + "\",\"position\":900}";
    }
}

package org.coproduce.moderation;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Moderators read the analysis, decide on stories once, and tell storytellers why they rejected. */
public interface ModerationJourneys extends Journeys {

    @Test
    default void showsModeratorsTheAnalysisAndPutsSafeguardingFirst() {
        var storyteller = anonymous();
        var reply = storyteller.post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"RELATIVE\","
                + "\"happened\":\"2026-10\",\"title\":\"Please help\",\"story\":\"My father was left alone all night and "
                + "Dr. Brown ignored us. He said he wants to kill himself. Call me on 07700 900123.\"}");
        long id = reply.json().getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        var view = analysed(moderator, id);
        var analysis = view.json().getJsonObject("analysis");
        theAnalysisFlagsSafeguardingAndPersonalData(analysis, view.json().getString("text"));
        var first = moderator.get("api/moderation/queue").items().getJsonObject(0);
        assertEquals(id, first.getJsonNumber("id").longValue(), "safeguarding stories come first");

        var suggested = analysis.getJsonArray("themes").stream().map(v -> v.asJsonObject().getString("code")).toList();
        var published = moderator.post("api/moderation/stories/" + id + "/decision", "{\"action\":\"PUBLISH\",\"version\":"
                + view.json().getJsonNumber("version") + ",\"title\":\"Left alone\",\"text\":\"My father was left alone.\","
                + "\"criticality\":5,\"themes\":[{\"code\":\"general.safety\",\"polarity\":\"IMPROVE\"}]}");
        assertEquals(200, published.status(), published.body());
        theModeratorsThemesAreRecordedAsCorrections(id, suggested);
    }

    /** The moderator's view once the background analysis has landed. */
    private static Reply analysed(Api moderator, long id) {
        return eventually(() -> moderator.get("api/moderation/stories/" + id),
                r -> r.json().get("analysis") != null && !r.json().isNull("analysis"), 240);
    }

    private static void theAnalysisFlagsSafeguardingAndPersonalData(JsonObject analysis, String text) {
        assertEquals("en", analysis.getString("language"));
        assertTrue(analysis.getInt("criticality") >= 4);
        assertTrue(analysis.getJsonArray("safeguarding").size() > 0);
        var kinds = analysis.getJsonArray("personalData").stream().map(v -> v.asJsonObject()).peek(span ->
                assertEquals(span.getString("text"), text.substring(span.getInt("start"), span.getInt("end")))).map(s -> s.getString("kind")).toList();
        assertTrue(kinds.contains("phone") && kinds.contains("name"), kinds.toString());
    }

    /** Suggested themes the moderator dropped are REMOVED, the one they chose (if not suggested) ADDED. */
    private static void theModeratorsThemesAreRecordedAsCorrections(long id, List<String> suggested) {
        try (var db = TestDatabase.connect(); var rows = db.createStatement().executeQuery(
                "select code, action from theme_correction where story_id = " + id)) {
            var corrections = new HashMap<String, String>();
            while (rows.next()) {
                corrections.put(rows.getString(1), rows.getString(2));
            }
            suggested.stream().filter(code -> !code.equals("general.safety"))
                    .forEach(code -> assertEquals("REMOVED", corrections.get(code), corrections.toString()));
            if (!suggested.contains("general.safety")) {
                assertEquals("ADDED", corrections.get("general.safety"), corrections.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    default void letsOnlyOneOfTwoModeratorsDecide() {
        long id = told("Two moderators");
        var first = demo("moderator");
        var second = demo("moderator");
        long version = first.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        String publish = "{\"action\":\"PUBLISH\",\"version\":" + version + ",\"title\":\"T\",\"text\":\"Text\",\"criticality\":1}";
        assertEquals(200, first.post("api/moderation/stories/" + id + "/decision", publish).status());
        assertProblem(second.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + ",\"reason\":\"late\"}"), 409);
    }

    @Test
    default void tellsTheStorytellerWhyTheirStoryWasRejected() {
        var storyteller = anonymous();
        var received = tell(storyteller, "To be rejected");
        long id = received.getJsonNumber("id").longValue();
        var moderator = demo("moderator");
        long version = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        assertProblem(moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + "}"), 400);
        assertEquals(200, moderator.post("api/moderation/stories/" + id + "/decision",
                "{\"action\":\"REJECT\",\"version\":" + version + ",\"reason\":\"It names a patient.\"}").status());
        var follow = storyteller.get("api/follow/" + received.getString("followToken")).json();
        assertEquals("REJECTED", follow.getString("status"));
        assertEquals("It names a patient.", follow.getString("rejectionReason"));
    }
}

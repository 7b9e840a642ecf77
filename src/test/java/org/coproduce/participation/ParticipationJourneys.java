package org.coproduce.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;

/**
 * Citizens take part in changes (issue 16 item 4), on MariaDB: a change opened by its
 * organisation's staff takes a proposal that is held and screened, published by a moderator,
 * supported (twice by the same person: counted once), answered; a follower who confirmed by the
 * e-mailed link gets exactly one e-mail per milestone, in their language, with a one-click
 * unsubscribe that stops the next one. Other staff get 403.
 */
public interface ParticipationJourneys extends Journeys {

    String FORM = "application/x-www-form-urlencoded";

    @Test
    default void aCitizenProposalIsModeratedSupportedOnceAnsweredAndFollowersGetOneMilestoneEmailInTheirLanguage() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long organisation = admin.post("api/organisations", "{\"name\":\"Participating trust " + tag + "\",\"country\":\"GB\"}")
                .json().getJsonNumber("id").longValue();
        var staff = as(newResponder("participation", "Pat Staff", organisation), "a long enough password");
        var created = staff.post("api/changes", "{\"organisationId\":" + organisation + ",\"description\":\"A ramp at the side entrance "
                + tag + "\",\"serviceIds\":[],\"themes\":[],\"storyIds\":[],\"plannedOn\":\"2026-12-01\",\"status\":\"PLANNED\"}");
        assertEquals(201, created.status(), created.body());
        long change = created.json().getJsonNumber("id").longValue();
        String participation = "api/changes/" + change + "/participation";

        var citizen = anonymous();
        String proposal = "{\"text\":\"Open the side door at 8. Call me on 07700 900123.\",\"displayName\":\"Sam\","
                + "\"email\":\"follower-" + tag + "@example.org\",\"language\":\"de\"}";
        assertEquals(409, citizen.post("api/changes/" + change + "/proposals", proposal).status(), "not open yet");
        assertEquals(401, anonymous().put(participation, "{\"open\":true}").status());
        assertEquals(403, demo("responder").put(participation, "{\"open\":true}").status(), "staff of another organisation");
        assertEquals(403, demo("moderator").put(participation, "{\"open\":true}").status());
        assertEquals(List.of("open"), staff.put(participation, "{}").violatedFields());
        var opened = staff.put(participation, "{\"open\":true}");
        assertEquals(200, opened.status(), opened.body());
        assertTrue(opened.json().getBoolean("open"));

        assertEquals(List.of("text"), citizen.post("api/changes/" + change + "/proposals", "{\"text\":\" \"}").violatedFields());
        assertEquals(List.of("email"), citizen.post("api/changes/" + change + "/proposals",
                "{\"text\":\"An idea\",\"email\":\"not an address\"}").violatedFields());
        var taken = citizen.post("api/changes/" + change + "/proposals", proposal);
        assertEquals(202, taken.status(), taken.body());
        long proposalId = taken.json().getJsonNumber("id").longValue();
        assertTrue(taken.cookies().stream().anyMatch(c -> c.startsWith("COPRODUCE_PARTICIPANT=") && c.contains("HttpOnly")), taken.cookies()
                .toString());
        assertEquals(0, anonymous().get(participation).json().getJsonArray("proposals").size(), "held until moderated");
        assertEquals(404, anonymous().post("api/proposals/" + proposalId + "/support", "").status(), "not public yet");

        var moderator = demo("moderator");
        assertEquals(403, staff.get("api/moderation/contributions").status());
        var queued = moderator.get("api/moderation/contributions?size=100").items().stream().map(JsonObject.class::cast)
                .filter(c -> c.getJsonNumber("id").longValue() == proposalId).findFirst().orElseThrow();
        assertEquals("PROPOSAL", queued.getString("kind"));
        assertTrue(queued.getString("findings").contains("phone"), queued.toString());
        assertEquals(List.of("reason"), moderator.post("api/moderation/contributions/" + proposalId + "/decision",
                "{\"action\":\"REJECT\"}").violatedFields());
        var published = moderator.post("api/moderation/contributions/" + proposalId + "/decision",
                "{\"action\":\"PUBLISH\",\"version\":" + queued.getJsonNumber("version") + ",\"text\":\"Open the side door at 8.\"}");
        assertEquals(200, published.status(), published.body());
        assertEquals(409, moderator.post("api/moderation/contributions/" + proposalId + "/decision", "{\"action\":\"PUBLISH\"}").status());

        var first = citizen.post("api/proposals/" + proposalId + "/support", "");
        assertEquals(200, first.status(), first.body());
        assertTrue(first.json().getBoolean("counted"));
        var again = citizen.post("api/proposals/" + proposalId + "/support", "");
        assertFalse(again.json().getBoolean("counted"), "the same person supports once");
        assertEquals(1, again.json().getInt("supports"));
        assertEquals(2, anonymous().post("api/proposals/" + proposalId + "/support", "").json().getInt("supports"), "another person");

        var comment = citizen.post("api/proposals/" + proposalId + "/comments", "{\"text\":\"Also on Sundays, please.\"}");
        assertEquals(202, comment.status(), comment.body());
        long commentId = comment.json().getJsonNumber("id").longValue();
        assertEquals(200, moderator.post("api/moderation/contributions/" + commentId + "/decision", "{\"action\":\"PUBLISH\"}").status());
        theDecisionsAreInTheAuditTrail(moderator, staff, proposalId, commentId);
        assertEquals(403, moderator.put("api/proposals/" + proposalId + "/answer", "{\"decision\":\"ADOPTED\",\"reason\":\"x\"}").status());
        assertEquals(List.of("decision"), staff.put("api/proposals/" + proposalId + "/answer", "{\"decision\":\"MAYBE\",\"reason\":\"x\"}")
                .violatedFields());
        assertEquals(200, staff.put("api/proposals/" + proposalId + "/answer",
                "{\"decision\":\"ADOPTED\",\"reason\":\"The door opens at 8 from January; the caretaker starts earlier.\"}").status());

        var view = citizen.get(participation).json();
        var shown = view.getJsonArray("proposals").getJsonObject(0);
        assertEquals("Open the side door at 8.", shown.getString("text"), "the moderator's edit, without the phone number");
        assertEquals("Sam", shown.getString("displayName"));
        assertTrue(shown.getBoolean("supportedByYou"));
        assertEquals("ADOPTED", shown.getJsonObject("answer").getString("decision"));
        assertEquals(1, shown.getJsonArray("comments").size());
        var commentShown = shown.getJsonArray("comments").getJsonObject(0);
        assertTrue(!commentShown.containsKey("displayName") || commentShown.isNull("displayName"), "no name unless chosen");
        var counts = view.getJsonObject("counts");
        assertEquals(List.of(2, 1, 1, 2), List.of(counts.getInt("people"), counts.getInt("proposals"), counts.getInt("comments"),
                counts.getInt("supports")), counts.toString());
        assertFalse(citizen.get(participation).body().contains("follower-" + tag), "no address in public");

        String german = "follower-" + tag + "@example.org";
        confirm(german, "Bitte bestätigen");
        String english = "english-" + tag + "@example.org";
        assertEquals(List.of("target"), anonymous().post("api/subscriptions", "{\"email\":\"" + english
                + "\",\"kind\":\"CHANGE\",\"target\":\"999999999\",\"language\":\"en\"}").violatedFields());
        assertEquals(202, anonymous().post("api/subscriptions", "{\"email\":\"" + english + "\",\"kind\":\"CHANGE\",\"target\":\""
                + change + "\",\"language\":\"en\"}").status());
        confirm(english, "Please confirm");

        assertEquals(403, demo("responder").post("api/changes/" + change + "/milestones",
                "{\"stage\":\"PLANNED\",\"on\":\"2026-12-01\"}").status(), "staff of another organisation");
        assertEquals(List.of("on"), staff.post("api/changes/" + change + "/milestones", "{\"stage\":\"DONE\",\"on\":\"2026-13-45\"}")
                .violatedFields());
        assertEquals(List.of("stage"), staff.post("api/changes/" + change + "/milestones", "{\"stage\":\"LATER\",\"on\":\"2026-12-01\"}")
                .violatedFields());
        var milestone = staff.post("api/changes/" + change + "/milestones",
                "{\"stage\":\"IN_PROGRESS\",\"on\":\"2026-12-03\",\"evidence\":\"The new lock is ordered.\"}");
        assertEquals(201, milestone.status(), milestone.body());

        var inGerman = TestMail.awaitMessage(german, "in Arbeit", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the milestone e-mail, in German"));
        assertTrue(inGerman.body().contains("/change.html?id=" + change) && inGerman.body().contains("The new lock is ordered."),
                inGerman.body());
        assertEquals("List-Unsubscribe=One-Click", inGerman.listUnsubscribePost());
        assertTrue(inGerman.body().contains("/updates.html#stop="), inGerman.body());
        var inEnglish = TestMail.awaitMessage(english, "in progress", Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the milestone e-mail, in English"));
        assertNotNull(inEnglish.oneClick());

        String oneClick = "api/" + inGerman.oneClick().substring(inGerman.oneClick().indexOf("/api/") + 5);
        assertEquals(200, anonymous().send("POST", oneClick, FORM, "List-Unsubscribe=One-Click").status(), "RFC 8058");
        assertEquals(201, staff.post("api/changes/" + change + "/milestones", "{\"stage\":\"DONE\",\"on\":\"2026-12-20\"}").status());
        assertEquals(409, staff.post("api/changes/" + change + "/milestones", "{\"stage\":\"PLANNED\",\"on\":\"2026-12-21\"}").status(),
                "a stage never goes back");
        TestMail.awaitMessage(english, "done", Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("the next milestone"));
        assertEquals(2, TestMail.subjectsTo(german).size(), "the confirmation and one milestone e-mail; none after unsubscribing: "
                + TestMail.subjectsTo(german));
        assertEquals(3, TestMail.subjectsTo(english).size(), TestMail.subjectsTo(english).toString());
        long inProgress = milestone.json().getJsonNumber("id").longValue();
        assertEquals(1, FanOutRerun.tasks(inProgress), "the request queues one fan-out, whatever the number of followers");
        long notices = FanOutRerun.notices(inProgress);
        FanOutRerun.runAgain(inProgress);
        assertEquals(notices, FanOutRerun.notices(inProgress), "a fan-out run again (after a crash) tells nobody twice");
        Thread.sleep(1000);
        assertEquals(3, TestMail.subjectsTo(english).size(), "exactly once per follower and milestone: " + TestMail.subjectsTo(english));
        assertEquals(List.of("IN_PROGRESS", "DONE"), anonymous().get(participation).json()
                .getJsonArray("milestones").stream().map(JsonObject.class::cast).map(m -> m.getString("stage")).toList());

        String commentToken = comment.json().getString("token");
        assertEquals(204, anonymous().delete("api/contributions/" + commentToken).status(), "its author erases the comment");
        assertEquals(404, anonymous().delete("api/contributions/" + commentToken).status());
        assertEquals(0, anonymous().get(participation).json().getJsonObject("counts").getInt("comments"));
        assertEquals(200, staff.put(participation, "{\"open\":false}").status());
        assertEquals(409, anonymous().post("api/proposals/" + proposalId + "/support", "").status(), "closed");
    }

    /** Moderators and admins see who decided what on the proposal (published with an edit) and the comment; other staff do not. */
    private void theDecisionsAreInTheAuditTrail(Api moderator, Api staff, long proposalId, long commentId) {
        assertEquals(403, staff.get("api/moderation/decisions").status());
        assertEquals(List.of("kind"), moderator.get("api/moderation/decisions?kind=STORY").violatedFields());
        var proposal = trailLine(demo("admin").get("api/moderation/decisions?kind=PROPOSAL&size=100"), proposalId);
        assertEquals("EDIT_PUBLISH", proposal.getString("action"), proposal.toString());
        assertFalse(proposal.toString().contains("07700"), "never the item's text");
        assertFalse(proposal.getString("moderator").isBlank(), proposal.toString());
        assertFalse(proposal.getString("at").isBlank());
        var comment = trailLine(moderator.get("api/moderation/decisions?kind=COMMENT,BARRIER&size=100"), commentId);
        assertEquals("PUBLISH", comment.getString("action"), comment.toString());
    }

    private static JsonObject trailLine(org.coproduce.testing.Reply trail, long itemId) {
        assertEquals(200, trail.status(), trail.body());
        return trail.items().stream().map(JsonObject.class::cast).filter(d -> d.getJsonNumber("itemId").longValue() == itemId).findFirst()
                .orElseThrow(() -> new AssertionError("decision on " + itemId + " in the trail: " + trail.body()));
    }

    private void confirm(String email, String subject) throws Exception {
        var confirmation = TestMail.awaitMessage(email, subject, Duration.ofSeconds(60))
                .orElseThrow(() -> new AssertionError("the confirmation e-mail to " + email));
        assertTrue(confirmation.body().contains("A ramp at the side entrance"), confirmation.body());
        var confirmed = anonymous().post("api/subscriptions/confirmation", "{\"token\":\"" + confirmation.tokenAfter("/updates.html#confirm=")
                + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CHANGE", confirmed.json().getString("kind"));
    }
}

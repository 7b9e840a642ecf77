package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The follow page of a story held for the provider says so, and until when (EN and DE). */
public interface HeldPagesJourneys extends BrowserJourneys {

    @Test
    default void theFollowPageSaysAStoryIsHeldAndUntilWhen() {
        followPageOfAHeldStory("en", "2030-01-15T12:00:00Z", "shown to the organisations responsible first", "2030");
        followPageOfAHeldStory("de", null, "zuerst den zuständigen Organisationen gezeigt", "sobald die Organisation bestätigt");
    }

    /** A story the moderator holds (until then, or until released) and the storyteller's page in this language. */
    private void followPageOfAHeldStory(String language, String until, String says, String when) {
        long service = patiently(() -> anonymous().get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        String title = "Held page " + UUID.randomUUID().toString().substring(0, 8);
        var told = patiently(() -> anonymous().post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "%s",
                 "story": "Nobody came when my mother fell."}""".formatted(service, title)));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        var moderator = PublishedStory.staff(base(), "moderator");
        long version = patiently(() -> moderator.get("api/moderation/stories/" + id)).json().getJsonNumber("version").longValue();
        var held = moderator.post("api/moderation/stories/" + id + "/decision", """
                {"action": "PUBLISH", "version": %d, "title": "%s", "text": "Nobody came when my mother fell.", "criticality": 4,
                 "hold": true}""".formatted(version, title));
        assertEquals(200, held.status(), held.body());
        long heldVersion = moderator.get("api/moderation/stories/" + id).json().getJsonNumber("version").longValue();
        var kept = moderator.post("api/moderation/stories/" + id + "/hold", "{\"action\":\"KEEP\",\"version\":" + heldVersion
                + (until == null ? "" : ",\"until\":\"" + until + "\"") + "}");
        assertEquals(200, kept.status(), kept.body());
        try (var browser = browser()) {
            useLanguage(browser, language);
            browser.open("follow.html#" + told.json().getString("followToken"));
            browser.waitFor(d -> d.findElement(By.id("held")).isDisplayed());
            String notice = browser.text("#held");
            assertTrue(notice.contains(says) && notice.contains(when), notice);
            assertTrue(browser.all("#public-link").stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed), "no public page yet");
            check(browser, "follow-held-" + language);
        }
    }

    @Test
    default void theModeratorKeepsAHeldStoryAndTheOrganisationMakesItPublic() {
        for (String language : new String[] {"en", "de"}) {
            moderatorAndResponderActOn(language, language.equals("en") ? "Kept held until released." : "Zurückgehalten bis zur Freigabe.",
                    language.equals("en") ? "The story is public now." : "Die Geschichte ist jetzt öffentlich.");
        }
    }

    private void moderatorAndResponderActOn(String language, String kept, String acknowledged) {
        long service = patiently(() -> anonymous().get("api/services?q=Maternity")).items().getJsonObject(0).getJsonNumber("id").longValue();
        long organisation = anonymous().get("api/services/" + service).json().getJsonNumber("organisationId").longValue();
        String email = newResponder("held-page", "Robin Held", organisation);
        assertEquals(200, as(email, "a long enough password").put("api/subscriptions/" + service, "{\"minCriticality\":0}").status());
        String title = "Held act " + UUID.randomUUID().toString().substring(0, 8);
        var told = patiently(() -> anonymous().post("api/stories", """
                {"serviceIds": [%d], "relation": "RELATIVE", "happened": "2026-09", "title": "%s",
                 "story": "The call bell was not answered for an hour."}""".formatted(service, title)));
        long id = told.json().getJsonNumber("id").longValue();
        var moderatorApi = PublishedStory.staff(base(), "moderator");
        long version = patiently(() -> moderatorApi.get("api/moderation/stories/" + id)).json().getJsonNumber("version").longValue();
        assertEquals(200, moderatorApi.post("api/moderation/stories/" + id + "/decision", """
                {"action": "PUBLISH", "version": %d, "title": "%s", "text": "The call bell was not answered.", "criticality": 2,
                 "hold": true}""".formatted(version, title)).status());
        try (var moderator = browser()) {
            useLanguage(moderator, language);
            Pages.logIn(moderator, "moderator");
            moderator.open("staff/decide.html?id=" + id);
            moderator.waitFor(d -> d.findElement(By.id("held-panel")).isDisplayed());
            check(moderator, "decide-held-" + language);
            moderator.click("#keep");
            moderator.waitFor(d -> d.findElement(By.id("held-status")).getText().contains(kept));
        }
        try (var responder = browser()) {
            useLanguage(responder, language);
            responder.open("login.html");
            responder.type("#email", email);
            responder.type("#password", "a long enough password");
            responder.click("#login button[type=submit]");
            responder.waitFor(d -> !d.getCurrentUrl().contains("/login.html"));
            responder.open("staff/inbox.html");
            responder.waitFor(d -> !d.findElements(By.cssSelector("button.acknowledge")).isEmpty());
            check(responder, "inbox-held-" + language);
            responder.click("button.acknowledge");
            responder.waitFor(d -> d.findElement(By.cssSelector("#inbox")).getText().contains(acknowledged));
        }
        assertEquals(200, anonymous().get("api/stories/" + id).status(), "public once acknowledged");
    }
}

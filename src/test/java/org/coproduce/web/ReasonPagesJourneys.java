package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The library of moderation reasons on the pages, in English and German: an administrator adds a
 * reason, a moderator rejects a story with it, and reads the moderation figures per week.
 */
interface ReasonPagesJourneys {

    URL base();

    @Test
    default void theReasonsAndFiguresPagesInGerman() {
        reasonsOnThePages("de", "Moderationszahlen", "Grund, wie die erzählende Person ihn liest");
    }

    private void reasonsOnThePages(String language, String figuresHeading, String storytellersText) {
        String code = "PAGE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (var admin = new Browser(base().toString())) {
            useLanguage(admin, language);
            logIn(admin, "admin");
            admin.open("staff/reasons.html");
            admin.find("#reasons-table");
            checkBothWidths(admin, "reasons-" + language);
            admin.type("#reason-code", code);
            admin.type("#reason-labelEn", "Page " + code);
            admin.type("#reason-labelDe", "Seite " + code);
            admin.type("#reason-textEn", "Reason, as the storyteller reads it");
            admin.type("#reason-textDe", "Grund, wie die erzählende Person ihn liest");
            admin.click("#reason-form button[type=submit]");
            admin.waitFor(d -> d.findElement(By.cssSelector("#reasons-table")).getText().contains(code));
            check(admin, "reasons-saved-" + language);
        }
        var told = told(language);
        try (var moderator = new Browser(base().toString())) {
            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/decide.html?id=" + told.id());
            moderator.find("#reason-code");
            moderator.waitFor(d -> d.findElements(By.cssSelector("#reason-code option[value='" + code + "']")).size() == 1);
            new Select(moderator.find("#reason-code")).selectByValue(code);
            check(moderator, "decide-reason-" + language);
            moderator.click("#reject");
            moderator.waitFor(d -> d.getCurrentUrl().contains("decided=REJECT"));
            var follow = new Api(base()).get("api/follow/" + told.followToken()).json();
            assertEquals(storytellersText, follow.getString("rejectionReason"), "the library's text in the storyteller's language");

            moderator.open("staff/moderation-figures.html");
            moderator.find("#figures-table");
            assertEquals(figuresHeading, moderator.text("h1"));
            assertEquals(12, moderator.all("#figures-table tbody tr").size(), "twelve weeks");
            assertTrue(Integer.parseInt(moderator.find("#figures-table tbody tr td:nth-of-type(3)").getText()) >= 1,
                    "this week's rejections count the one just made");
            checkBothWidths(moderator, "moderation-figures-" + language);
        }
    }

    private Told told(String language) {
        var api = new Api(base());
        long service = patiently(() -> api.get("api/services?q=" + URLEncoder.encode("Maternity Unit", StandardCharsets.UTF_8)))
                .items().getJsonObject(0).getJsonNumber("id").longValue();
        var reply = patiently(() -> api.post("api/stories", """
                {"serviceIds": [%d], "relation": "SERVICE_USER", "happened": "2026-09", "title": "Reason page %s",
                 "story": "The staff did not listen to us at all."}""".formatted(service, language), "Accept-Language", language));
        assertEquals(202, reply.status(), reply.body());
        return new Told(reply.json().getJsonNumber("id").longValue(), reply.json().getString("followToken"));
    }

    record Told(long id, String followToken) {
    }
}

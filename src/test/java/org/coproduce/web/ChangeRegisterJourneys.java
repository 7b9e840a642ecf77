package org.coproduce.web;

import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The change register in the browser, in English and German: a responder's "change planned"
 * shows in the register and on the story, marking it made shows on the story, the change form
 * finds a story by search, and another organisation's story is refused with its number named.
 */
interface ChangeRegisterJourneys {

    URL base();

    @Test
    default void aPlannedChangeInAResponseIsInTheRegisterAndMarkingItMadeShowsOnTheStory() {
        plannedThenMade("en");
    }



    @Test
    default void theChangeFormFindsAStoryBySearchAndRefusesAnotherOrganisationsStoryInGerman() {
        picker("de");
    }

    private void plannedThenMade(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        var story = PublishedStory.about(base(), "Maternity Unit", "Planned in a response " + language + " " + mark);
        String description = "Partners may stay the night " + mark;
        try (var responder = new Browser(base().toString())) {
            useLanguage(responder, language);
            logIn(responder, "responder");
            responder.open("staff/respond.html?story=" + story.id());
            responder.type("#text", "Thank you for telling us.");
            responder.click("input[name=changeKind][value=PLANNED]");
            responder.find("#changeId");
            checkBothWidths(responder, "respond-change-" + language);
            responder.type("#description", description);
            responder.click("#response button[type=submit]");
            responder.find("#response-sent");

            responder.open("changes.html?status=PLANNED");
            assertEquals("PLANNED", new Select(responder.find("#status")).getFirstSelectedOption().getDomAttribute("value"));
            checkBothWidths(responder, "changes-planned-" + language);
            var card = responder.all("#changes li.card").stream().filter(c -> c.getText().contains(description)).findFirst()
                    .orElseThrow(() -> new AssertionError("the register lists the response's change"));
            responder.navigate(() -> card.findElement(By.cssSelector("h2 a")).click());
            responder.waitFor(d -> responder.text("#linked").contains(story.title()));
            checkBothWidths(responder, "change-from-response-" + language);
            showsStep(responder, story, "CHANGE_PLANNED", language);

            responder.open("changes.html?status=PLANNED");
            responder.navigate(() -> responder.all("#changes li.card h2 a").stream().filter(a -> a.getText().equals(description)).findFirst().orElseThrow().click());
            responder.navigate(() -> responder.click("#edit-link a"));
            responder.waitFor(d -> responder.text("#story-chosen").contains(story.title()));
            responder.click("input[name=status][value=MADE]");
            responder.script("document.getElementById('madeOn').value = arguments[0]", LocalDate.now(ZoneOffset.UTC).toString());
            checkBothWidths(responder, "change-form-made-" + language);
            responder.click("#change-form button[type=submit]");
            responder.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
            responder.awaitReady();
            showsStep(responder, story, "CHANGE_MADE", language);
            checkBothWidths(responder, "story-change-made-" + language);
        }
    }

    /** Opens the story: its progress shows this step as the current one. */
    private static void showsStep(Browser browser, PublishedStory story, String expected, String language) {
        browser.open(story.page());
        String label = "de".equals(language) ? ("CHANGE_MADE".equals(expected) ? "Änderung umgesetzt" : "Änderung geplant")
                : ("CHANGE_MADE".equals(expected) ? "Change made" : "Change planned");
        String shown = browser.text("#story-progress [aria-current=step]");
        assertTrue(shown.startsWith(label), "the story shows " + label + ", not " + shown);
    }

    private void picker(String language) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        var ours = PublishedStory.about(base(), "Maternity Unit", "Found by search " + language + " " + mark);
        var theirs = PublishedStory.about(base(), "Zentrale Notaufnahme", "Someone else's " + language + " " + mark);
        try (var responder = new Browser(base().toString())) {
            useLanguage(responder, language);
            logIn(responder, "responder");
            responder.open("staff/change.html");
            assertTrue(new Select(responder.find("#organisationId")).getFirstSelectedOption().getText().startsWith(StaffPagesJourneys.AIRE_NORTH));
            responder.type("#description", "Birth partners get a chair bed " + mark);
            responder.type("#story-q", mark);
            responder.waitFor(d -> d.findElements(By.cssSelector("#story-results input")).size() == 1);
            assertTrue(responder.text("#story-results").contains(ours.title()), "the search finds our story, not another organisation's");
            responder.click("#story-results input");
            responder.waitFor(d -> responder.text("#story-chosen").contains(ours.title()));
            checkBothWidths(responder, "change-form-picker-" + language);
            responder.click("#change-form button[type=submit]");
            responder.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
            responder.awaitReady();
            responder.waitFor(d -> responder.text("#linked").contains(ours.title()));

            responder.open("staff/change.html?story=" + theirs.id());
            responder.waitFor(d -> responder.text("#story-chosen").contains("#" + theirs.id()));
            responder.type("#description", "Claiming a story " + mark);
            responder.click("#change-form button[type=submit]");
            var summary = responder.find(".error-summary");
            assertTrue(summary.getText().contains(String.valueOf(theirs.id())), "the refusal names the story: " + summary.getText());
            checkBothWidths(responder, "change-form-refused-" + language);
        }
    }
}

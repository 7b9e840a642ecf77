package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A responder manages their own words on the respond page, in English and in German: a clean edit
 * goes public at once and readers see "edited"; an edit with a phone number waits for a moderator
 * while readers keep the published text; withdrawing takes the response off the story.
 */
interface ResponseEditingPagesJourneys {

    URL base();


    @Test
    default void responderEditsAndWithdrawsTheirResponseOnThePageInGerman() {
        editAndWithdraw("de", "bearbeitet", "wartet auf die Moderation", "zurückgezogen");
    }

    private void editAndWithdraw(String language, String edited, String held, String withdrawn) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        var story = PublishedStory.about(base(), "Maternity Unit", "Own words " + language + " " + mark);
        story.answer("We now keep a chair for partners in every room " + mark + ".");
        String better = "Every room now has a chair and a folding bed for partners " + mark + ".";
        try (var responder = new Browser(base().toString()); var reader = new Browser(base().toString())) {
            useLanguage(responder, language);
            logIn(responder, "responder");
            responder.open("staff/respond.html?story=" + story.id());
            responder.find("#mine-list form.own-response textarea");
            checkBothWidths(responder, "respond-own-" + language);

            responder.type("#mine-list form.own-response textarea", better);
            responder.click("#mine-list form.own-response button[type=submit]");
            responder.waitFor(d -> !responder.text("#mine-status").isBlank());
            responder.waitFor(d -> responder.text("#responses").contains(better));
            assertTrue(responder.text("#mine-list").contains(edited), responder.text("#mine-list"));

            useLanguage(reader, language);
            reader.open(story.page());
            reader.waitFor(d -> reader.text("#responses").contains(better));
            assertTrue(reader.text("#responses").contains(edited), "readers see it was edited: " + reader.text("#responses"));
            check(reader, "story-edited-response-" + language);

            responder.type("#mine-list form.own-response textarea", "Ring the ward on 07700 900123 " + mark + ".");
            responder.click("#mine-list form.own-response button[type=submit]");
            responder.waitFor(d -> responder.text("#mine-status").contains(held));
            responder.find("#mine-list .notice.warn");
            assertTrue(responder.text("#responses").contains(better), "the published text stays while the edit waits");
            assertFalse(responder.text("#responses").contains("07700"));
            check(responder, "respond-own-held-" + language);

            responder.click("#mine-list form.own-response button.withdraw");
            responder.waitFor(d -> responder.text("#mine-status").contains(withdrawn));
            assertEquals(0, responder.all("#mine-list form.own-response").size());
            assertFalse(responder.text("#respond").contains(mark + "."), "gone from the story");
            check(responder, "respond-own-withdrawn-" + language);

            reader.open(story.page());
            assertFalse(reader.text("#responses").contains(mark), "readers no longer see it");
        }
    }
}

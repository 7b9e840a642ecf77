package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notice and action on the pages, in English and in German: a reader reports a story from its
 * page; the moderator finds it in the reports queue and edits it with a statement of reasons; the
 * story's page says the moderators edited it; the storyteller reads the reasons on the follow page
 * and contests them.
 */
interface ReportPagesJourneys {

    URL base();

    @Test
    default void aReaderReportsAStoryAndTheModeratorEditsIt() {
        reportEditContest("en", "Edited by the moderators", "Thank you");
    }


    private void reportEditContest(String language, String editedNote, String thanks) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        var story = PublishedStory.about(base(), "Maternity Unit", "Reported " + language + " " + mark);
        story.answer("We listened " + mark + ".");
        try (var reader = new Browser(base().toString()); var moderator = new Browser(base().toString())) {
            useLanguage(reader, language);
            reader.open(story.page());
            reader.click("#story-report summary");
            reader.find("#report-story-OFFENSIVE");
            assertTrue(reader.all("#responses details.report").size() >= 1, "each response has its own report form");
            check(reader, "story-report-" + language);
            reader.click("#story-report button[type=submit]");
            reader.waitFor(d -> !reader.all("#story-report .error-summary").isEmpty());
            check(reader, "story-report-error-" + language);
            reader.click("#report-story-PERSONAL_DATA");
            reader.type("#report-story-text", "It names the midwife.");
            reader.click("#story-report button[type=submit]");
            reader.waitFor(d -> reader.text("#report-story-status").contains(thanks));

            useLanguage(moderator, language);
            logIn(moderator, "moderator");
            moderator.open("staff/reports.html");
            moderator.waitFor(d -> moderator.text("#reports").contains(story.title()));
            check(moderator, "reports-queue-" + language);
            moderator.open("staff/reports.html?story=" + story.id());
            moderator.waitFor(d -> moderator.text("#decision-reports").contains("It names the midwife."));
            moderator.click("#action-EDIT");
            moderator.type("#text", "The staff listened " + mark + ".");
            moderator.type("#reason", "We took out a name " + mark + ".");
            check(moderator, "reports-decide-" + language);
            moderator.click("#decide button[type=submit]");
            moderator.waitFor(d -> !moderator.text("#decide-status").isBlank());
            assertTrue(moderator.text("#decision-text").contains("The staff listened " + mark));

            reader.open(story.page());
            reader.waitFor(d -> reader.text("#story-edited").contains(editedNote));
            assertTrue(reader.text("#story-text").contains("The staff listened " + mark));

            reader.open("follow.html#" + story.followToken());
            reader.waitFor(d -> reader.text("#moderated-reason").contains("We took out a name " + mark));
            check(reader, "follow-moderated-" + language);
            reader.type("#contest-text", "The midwife agreed to be named.");
            reader.click("#contest button[type=submit]");
            reader.waitFor(d -> !reader.text("#contest-status").isBlank());
        }
    }
}

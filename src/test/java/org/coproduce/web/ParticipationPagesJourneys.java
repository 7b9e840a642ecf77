package org.coproduce.web;

import static org.coproduce.web.Pages.checkOnDesktopAndPhone;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A change's page with participation open (issue 16 item 4), in English at a desktop's width (and a
 * phone's screenshot): the counts, a published proposal with its answer; a visitor proposes (held:
 * the counts do not move) and supports the published proposal (the count moves, once).
 */
public interface ParticipationPagesJourneys extends BrowserJourneys {

    @Test
    default void aVisitorProposesAndSupportsOnTheChangePageAndSeesTheCounts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var admin = demo("admin");
        long organisation = admin.post("api/organisations", "{\"name\":\"Page trust " + tag + "\",\"country\":\"GB\"}")
                .json().getJsonNumber("id").longValue();
        var staff = as(newResponder("page-participation", "Pat Page", organisation), "a long enough password");
        long change = staff.post("api/changes", "{\"organisationId\":" + organisation + ",\"description\":\"Longer opening hours "
                + tag + "\",\"serviceIds\":[],\"themes\":[],\"storyIds\":[],\"plannedOn\":\"2026-12-01\",\"status\":\"PLANNED\"}")
                .json().getJsonNumber("id").longValue();
        assertEquals(200, staff.put("api/changes/" + change + "/participation", "{\"open\":true}").status());
        long proposal = anonymous().post("api/changes/" + change + "/proposals", "{\"text\":\"Open on Saturday mornings.\","
                + "\"displayName\":\"Alex\"}").json().getJsonNumber("id").longValue();
        assertEquals(200, demo("moderator").post("api/moderation/contributions/" + proposal + "/decision", "{\"action\":\"PUBLISH\"}")
                .status());
        assertEquals(200, staff.put("api/proposals/" + proposal + "/answer", "{\"decision\":\"UNDER_CONSIDERATION\","
                + "\"reason\":\"We are asking the staff rota first.\"}").status());
        assertEquals(201, staff.post("api/changes/" + change + "/milestones", "{\"stage\":\"PLANNED\",\"on\":\"2026-12-01\","
                + "\"evidence\":\"Agreed by the board.\"}").status());

        try (var browser = browser()) {
            browser.open("change.html?id=" + change);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#participation-counts li")).isEmpty());
            assertTrue(browser.text("#proposal-" + proposal + " .meta").startsWith("by Alex"), browser.text("#proposal-" + proposal));
            browser.type("#proposal-text", "A bench by the door.");
            browser.type("#proposal-name", "Robin");
            browser.click("#proposal-form button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("proposal-status")).getText().isBlank());
            assertTrue(browser.text("#proposal-status").contains("moderator"), browser.text("#proposal-status"));
            assertEquals("1", browser.text("#participation-counts li:nth-child(2) strong"), "held: still one proposal shown");

            browser.click("#proposal-" + proposal + " button[aria-pressed]");
            browser.waitFor(d -> "true".equals(d.findElement(By.cssSelector("#proposal-" + proposal + " button[aria-pressed]"))
                    .getDomAttribute("aria-pressed")));
            assertEquals("1", browser.text("#participation-counts li:nth-child(3) strong"), "supports");
            assertEquals("2", browser.text("#participation-counts li:nth-child(1) strong"), "people: the proposer and this visitor");
            assertTrue(browser.text("#proposals").contains("Under consideration"), browser.text("#proposals"));
            assertTrue(browser.text("#milestones").contains("Agreed by the board."), browser.text("#milestones"));
            checkOnDesktopAndPhone(browser, "change-participation");
        }
    }
}

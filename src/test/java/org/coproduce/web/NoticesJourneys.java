package org.coproduce.web;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.patiently;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The notices at the point of telling and on their own pages, in English and German, filled from
 * the installation's settings (the IT sets COPRODUCE_OPERATOR and COPRODUCE_CONTACT_EMAIL, and
 * replaces the imprint through COPRODUCE_NOTICES); the optional consent to train the theme model
 * is stored with the story only when ticked.
 */
interface NoticesJourneys extends BrowserJourneys {

    Map<String, List<String>> TITLES = Map.of(
            "privacy.html", List.of("Privacy notice", "Datenschutzhinweis"),
            "terms.html", List.of("Terms of use", "Nutzungsbedingungen"),
            "moderation-policy.html", List.of("Moderation policy", "Moderationsrichtlinie"),
            "accessibility.html", List.of("Accessibility statement", "Erklärung zur Barrierefreiheit"),
            "imprint.html", List.of("Imprint", "Impressum"));

    @Test
    default void theNoticesAreReadInBothLanguagesFromEveryPagesFooter() {
        try (var browser = browser()) {
            for (String language : List.of("en", "de")) {
                useLanguage(browser, language);
                int which = language.equals("en") ? 0 : 1;
                browser.open("index.html");
                for (var page : TITLES.keySet()) {
                    assertEquals(1, browser.all("footer a[href$='/" + page + "']").size(), "the footer links " + page);
                }
                for (var page : TITLES.entrySet()) {
                    browser.open(page.getKey());
                    String heading = browser.text("#notice h1");
                    assertEquals(page.getValue().get(which), heading, page.getKey() + " in " + language);
                    String text = browser.text("#notice");
                    assertTrue(text.contains("Coproduce Test Trust"), "the operator is filled in: " + text);
                    assertFalse(text.matches("(?s).*\\{[a-zA-Z]+}.*"), "no placeholder left: " + text);
                }
            }
            useLanguage(browser, "en");
            browser.open("imprint.html");
            assertTrue(browser.text("#notice").contains("Test Street 1"), "the installation's own imprint is shown");
            browser.open("accessibility.html");
            assertEquals("mailto:privacy@coproduce-test.example", browser.find("#notice-contact").getDomAttribute("href"),
                    "the accessibility statement has a feedback route");
            check(browser, "notice-accessibility");
            useLanguage(browser, "de");
            browser.open("privacy.html");
            assertTrue(browser.text("#notice").contains("Art. 9 Abs. 2"), browser.text("#notice"));
            check(browser, "notice-privacy-de");
        }
        assertProblem(anonymous().get("api/notices/secrets"), 404);
        var german = anonymous().get("api/notices/imprint?lang=de");
        assertEquals(200, german.status(), german.body());
        assertTrue(german.json().getString("text").contains("Teststraße 1"), german.body());
    }

    @Test
    default void theStorytellerReadsTheNoticeAndConsentsToTrainingOnlyByTicking() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        try (var browser = browser()) {
            useLanguage(browser, "en");
            browser.open("tell.html");
            String notice = browser.text("#privacy-notice");
            assertTrue(notice.contains("Moderators read your story first") && notice.contains("withdraw"), notice);
            assertFalse(browser.find("#training-consent").isSelected(), "consent is not given by default");
            assertEquals("privacy.html", browser.find("#privacy-link").getDomAttribute("href"));
            browser.type("#service-q", "Maternity Unit");
            browser.waitFor(d -> !d.findElements(By.xpath("//label[contains(., 'Maternity Unit')]/input")).isEmpty());
            browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
            browser.click("#relation");
            browser.script("document.querySelector('#happened').value = '2026-10'");
            browser.type("#title", "Consent " + mark);
            browser.type("#story", "The midwives were kind and explained everything twice.");
            browser.click("#training-consent");
            check(browser, "tell-privacy-notice");
            browser.click("#submit");
            String link = browser.find("#follow-link").getDomAttribute("href");
            String token = link.substring(link.indexOf('#') + 1);
            long id = patiently(() -> new Api(base()).get("api/follow/" + token)).json().getJsonNumber("id").longValue();
            assertTrue(consented(id), "the ticked consent is stored with the story");

            browser.open("follow.html#" + token);
            assertTrue(browser.find("#training-consent").isSelected(), "the follow page shows the consent given");
            browser.click("#training-consent");
            browser.waitFor(d -> !d.findElement(By.id("consent-status")).getText().isBlank());
            assertFalse(consented(id), "the consent is withdrawn from the follow page as easily as it was given");
            var export = new Api(base()).get("api/follow/" + token + "/export");
            assertFalse(export.json().getBoolean("trainingConsent"), export.body());
            check(browser, "follow-consent-withdrawn");
        }
        var unticked = anonymous().post("api/stories", "{\"serviceIds\":[" + emergencyDepartment() + "],\"relation\":\"CARER\","
                + "\"happened\":\"2026-08\",\"title\":\"No consent " + mark + "\",\"story\":\"The waiting room was cold.\"}");
        assertEquals(202, unticked.status(), unticked.body());
        assertFalse(consented(unticked.json().getJsonNumber("id").longValue()), "without the tick there is no consent");
    }

    private static boolean consented(long id) throws SQLException {
        try (var db = TestDatabase.connect(); var row = db.createStatement()
                .executeQuery("select training_consent from story where id = " + id)) {
            assertTrue(row.next(), "story " + id + " is stored");
            return row.getBoolean(1);
        }
    }
}

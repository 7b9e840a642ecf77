package org.coproduce.web;

import static org.coproduce.web.Demo.MONTH;
import static org.coproduce.web.Demo.eventually;
import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkOnDesktopAndPhone;
import static org.coproduce.web.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.MeToo;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The outcomes pages in headless Chromium: the dashboard as the public (small numbers suppressed)
 * and as a quality manager (exact), the stories behind a number, the CSV exports, recording a
 * change, its before/after evidence, and the storyteller's "did it make a difference?". Every page
 * is checked with axe-core in English and German and photographed at desktop and phone width.
 */
public interface OutcomesPagesJourneys extends PublicPagesJourneys {


    default Demo demo() {
        return new Demo(base());
    }

    @Test
    default void dashboardShowsThePublicFewerThanFiveAndQualityManagersTheExactNumbersAndTheStoriesBehindThem() {
        long service = demo().newServiceOfHospitalNorth();
        String title = "Nowhere to park " + UUID.randomUUID().toString().substring(0, 6);
        demo().publishedStory(service, title, "travel.parking");
        var quality = demo().staff("quality");
        eventually(() -> quality.get("api/outcomes?service=" + service + "&month=" + MONTH),
                r -> r.json().getJsonObject("total").getJsonObject("stories").getInt("value", 0) == 1);
        String view = "outcomes.html?service=" + service + "&from=" + MONTH + "&to=" + MONTH;

        try (var browser = browser()) {
            browser.open(view);
            assertEquals("true", browser.find("#dashboard").getDomAttribute("data-suppressed"));
            assertEquals("fewer than 5", browser.text("#summary li:first-child strong"));
            assertEquals(0, browser.all("#summary a").size(), "a suppressed number leads to no list");
            assertTrue(browser.all("#rises-section:not([hidden])").isEmpty(), "the public sees no rises");
            assertTrue(browser.all("#report-link").isEmpty(), "the month's PDF report is for quality managers");
            assertTrue(browser.all("table.data caption").size() >= 4, "every chart has a table with a caption");
            assertTrue(browser.all("table.data th[scope=row]").size() > 0);
            assertEquals(4, browser.all("#sentiment-table table.data tbody tr").size(), "positive, mixed, negative, unknown");
            check(browser, "outcomes-public");
            browser.inLanguage("de");
            assertEquals("weniger als 5", browser.text("#summary li:first-child strong"));
            assertTrue(browser.text("#sentiment-table caption").startsWith("Geschichten je Stimmung"), browser.text("#sentiment-table caption"));
            check(browser, "outcomes-public-de");
            browser.inLanguage("en");

            browser.open("outcomes.html?from=2024-01&to=" + MONTH + "&by=quarter");
            assertTrue((Boolean) browser.script("return Boolean(window.Chart && Chart.getChart(document.querySelector('#activity-chart canvas')))"),
                    "the chart is drawn");
            assertTrue(browser.all("#summary a").size() >= 1, "the platform's numbers link to their stories");
            checkOnDesktopAndPhone(browser, "outcomes-platform");
            browser.open("outcomes.html?from=" + MONTH + "&to=" + MONTH + "&by=week");
            assertEquals("week", browser.find("#by").getDomProperty("value"));
            assertTrue(browser.text("#activity-table tbody tr:first-child th").contains("(week "), "grouped by ISO week, read as dates");
            check(browser, "outcomes-weeks");
            browser.script("document.querySelector('#from').value = arguments[0]; document.querySelector('#to').value = '2024-01'", MONTH);
            browser.click("#view button[type=submit]");
            browser.waitFor(d -> d.getCurrentUrl().contains("to=2024-01"));
            browser.awaitReady();
            var from = browser.find("#from");
            browser.waitFor(d -> "true".equals(from.getDomAttribute("aria-invalid")));
            assertTrue(from.getDomAttribute("aria-describedby").contains("from-error"), "the error is linked to the field");
            check(browser, "outcomes-errors");
        }

        try (var browser = browser()) {
            logIn(browser, "quality");
            browser.open(view);
            assertEquals("false", browser.find("#dashboard").getDomAttribute("data-suppressed"));
            assertEquals("1", browser.text("#summary li:first-child strong"));
            assertFalse(browser.text("#rises").isBlank(), "a quality manager sees the unusual rises (or that there are none)");
            assertTrue(browser.text("#sentiment-table caption").startsWith("Stories per sentiment"));
            assertEquals(1, browser.all("#sentiment-table tbody tr td:last-child").stream()
                    .mapToInt(td -> Integer.parseInt(td.getText().strip())).sum(), "the story counts in one sentiment");
            assertTrue((Boolean) browser.script("return Boolean(Chart.getChart(document.querySelector('#sentiment-chart canvas')))"),
                    "the sentiment chart is drawn");
            checkOnDesktopAndPhone(browser, "outcomes-quality-manager");

            var parking = browser.driver.findElement(By.xpath("//div[@id='themes-table']//tr[th[contains(., 'Parking') or contains(., 'parking')]]/td[last()]/a"));
            assertEquals("1", parking.getText());
            parking.click();
            browser.waitFor(d -> d.getCurrentUrl().contains("outcomes-stories.html"));
            browser.awaitReady();
            assertTrue(browser.driver.getCurrentUrl().contains("outcomes-stories.html"), browser.driver.getCurrentUrl());
            assertTrue(browser.text("#behind-stories").contains(title), "the story behind the number is listed");
            assertEquals("Stories: 1", browser.text("#behind-status"));
            check(browser, "outcomes-stories");
            var csv = browser.fetch(browser.find("#behind-csv").getDomAttribute("href"));
            assertEquals(200L, csv.get("status"));
            assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), String.valueOf(csv.get("type")));
            assertTrue(String.valueOf(csv.get("body")).contains(title), "the CSV holds the story");
            browser.inLanguage("de");
            assertEquals("Geschichten: 1", browser.text("#behind-status"));
            check(browser, "outcomes-stories-de");
            browser.inLanguage("en");

            browser.open(view);
            for (var link : browser.all("#exports a:not(#report-link)")) {
                var export = browser.fetch(link.getDomAttribute("href"));
                assertEquals(200L, export.get("status"), link.getText());
                assertTrue(String.valueOf(export.get("type")).startsWith("text/csv"));
                assertTrue(String.valueOf(export.get("disposition")).contains(".csv"));
                assertFalse(String.valueOf(export.get("body")).contains("fewer than 5\n1"), "a quality manager's export is exact");
            }
            assertEquals(3, browser.all("#exports a:not(#report-link)").size());
            var report = browser.find("#report-link");
            assertTrue(report.getText().startsWith("Download the month's report (PDF)"), report.getText());
            var pdf = browser.fetch(report.getDomAttribute("href"));
            assertEquals(200L, pdf.get("status"), "the month's report");
            assertEquals("application/pdf", String.valueOf(pdf.get("type")));

            assertEquals("You do not receive this report by e-mail.", browser.text("#report-subscription-list"));
            browser.click("#subscribe-report button[type=submit]");
            browser.waitFor(d -> browser.text("#report-subscription-list").startsWith("Monthly report, in English"));
            browser.screenshotWholePage("outcomes-report-subscriptions");
            browser.click("#report-subscription-list button");
            browser.waitFor(d -> browser.text("#report-subscriptions-status").equals("Subscription ended."));
            assertEquals("You do not receive this report by e-mail.", browser.text("#report-subscription-list"));
        }
    }

    @Test
    default void responderRecordsAChangeEveryoneSeesItsEvidenceAndThoseItAnswersSayWhetherItMadeADifference() throws Exception {
        long emergency = demo().serviceNamed("Emergency Department");
        String title = "Waited all night " + UUID.randomUUID().toString().substring(0, 6);
        var story = demo().publishedStory(emergency, title, "access.timeliness");
        String alsoExperienced = "also-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        MeToo.confirmed(new Api(base()), story.id(), alsoExperienced);
        String description = "A screen shows the expected wait " + UUID.randomUUID().toString().substring(0, 6);
        String made = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).minusMonths(1).toString();
        String changeUrl;

        try (var browser = browser()) {
            logIn(browser, "responder");
            browser.open("changes.html");
            browser.click("#record a");
            browser.waitFor(d -> d.getCurrentUrl().contains("staff/change.html"));
            browser.awaitReady();
            browser.find("#change-form");
            browser.click("#change-form button[type=submit]");
            var field = browser.find("#description");
            browser.waitFor(d -> "true".equals(field.getDomAttribute("aria-invalid")));
            var message = browser.driver.findElement(By.id(field.getDomAttribute("aria-describedby").replaceAll(".* ", "")));
            assertFalse(message.getText().isBlank(), "the error message is linked to the field");
            assertTrue(browser.find(".error-summary a[href='#description']").isDisplayed(), "the summary links to the field");
            check(browser, "change-form-errors");

            browser.type("#description", description);
            browser.driver.findElement(By.xpath("//label[contains(., 'Emergency Department')]/input")).click();
            browser.click("#themes-access_timeliness");
            browser.type("#story-q", title);
            browser.click("#story-pick-" + story.id());
            browser.click("input[name=status][value=MADE]");
            browser.script("document.querySelector('#plannedOn').value = arguments[0]; document.querySelector('#madeOn').value = arguments[1]",
                    LocalDate.parse(made).minusMonths(2).toString(), made);
            browser.click("#change-form button[type=submit]");
            browser.waitFor(d -> d.getCurrentUrl().contains("change.html?id="));
            browser.awaitReady();
            changeUrl = browser.driver.getCurrentUrl().replaceAll("&saved=1", "");
            assertEquals(description, browser.text("#change-title"));
            assertTrue(browser.text("#linked").contains(title), "the linked story is shown with the change");
            browser.find("#evidence-result");
            check(browser, "change-responder");

            browser.click("#edit-link a");
            browser.waitFor(d -> d.getCurrentUrl().contains("staff/change.html?id="));
            browser.awaitReady();
            assertEquals(description, browser.find("#description").getDomProperty("value"));
            browser.type("#description", description + " (edited)");
            browser.click("#change-form button[type=submit]");
            browser.waitFor(d -> d.getCurrentUrl().contains("saved=1"));
            browser.awaitReady();
            assertEquals(description + " (edited)", browser.text("#change-title"));
        }

        try (var browser = browser()) {
            browser.open("changes.html");
            assertTrue(browser.text("#changes").contains(description + " (edited)"), "the public register lists it");
            checkOnDesktopAndPhone(browser, "changes");
            browser.inLanguage("de");
            check(browser, "changes-de");
            browser.driver.get(changeUrl);
            browser.awaitReady();
            assertTrue(browser.all("#edit-link:not([hidden])").isEmpty(), "the public cannot edit");
            assertEquals("Umgesetzt", browser.text("#change-meta .badge"));
            check(browser, "change-public-de");
            browser.inLanguage("en");
            checkOnDesktopAndPhone(browser, "change-public");
        }

        try (var browser = browser()) {
            browser.open("follow.html#" + story.followToken());
            var question = browser.find("form.question");
            assertEquals("Did this change make a difference?", browser.text("form.question h2"));
            assertTrue(question.getText().contains(description), "the question names the change");
            browser.click("form.question button[type=submit]");
            browser.waitFor(d -> "true".equals(d.findElement(By.cssSelector("form.question input[value=YES]")).getDomAttribute("aria-invalid")));
            check(browser, "follow-difference-errors");
            browser.click("form.question input[value=PARTLY]");
            browser.click("form.question button[type=submit]");
            browser.waitFor(d -> d.findElement(By.cssSelector("form.question [role=status]")).getText().contains("Partly"));
            checkOnDesktopAndPhone(browser, "follow-difference-answered");
            browser.inLanguage("de");
            assertTrue(browser.text("form.question [role=status]").contains("Teilweise"), "the answer is remembered");
            check(browser, "follow-difference-de");
        }

        String mail = TestMail.awaitMessage(alsoExperienced, "Did it make a difference?", Duration.ofSeconds(60)).orElseThrow().body();
        String link = mail.substring(mail.indexOf("/difference.html#") + 1).split("\\s")[0];
        try (var browser = browser()) {
            browser.open(link);
            assertEquals("Did this change make a difference?", browser.text("h1"));
            assertTrue(browser.text("form.question").contains(description), "the question names the change");
            browser.click("form.question input[value=YES]");
            browser.click("form.question button[type=submit]");
            browser.waitFor(d -> d.findElement(By.cssSelector("form.question [role=status]")).getText().contains("Yes"));
            checkOnDesktopAndPhone(browser, "difference-answered");
            browser.inLanguage("de");
            assertTrue(browser.text("form.question [role=status]").contains("Ja"));
            check(browser, "difference-answered-de");
            browser.inLanguage("en");
            browser.open("difference.html#not-a-token");
            assertTrue(browser.text("#difference-status").contains("does not lead to a question"));
        }

        try (var browser = browser()) {
            logIn(browser, "quality");
            browser.driver.get(changeUrl);
            browser.awaitReady();
            var evidence = browser.find("#evidence-result");
            assertEquals("false", evidence.getDomAttribute("data-suppressed"), "a quality manager of the trust sees the evidence");
            String statement = browser.text("#evidence-statement");
            assertTrue(statement.contains("Fisher's exact test") || statement.contains("z-test") || statement.contains("no stories"), statement);
            var partly = browser.driver.findElement(By.xpath("//div[@id='difference']//tr[th='Partly']/td"));
            assertEquals("1", partly.getText(), "the storyteller's answer is counted with the change");
            var yes = browser.driver.findElement(By.xpath("//div[@id='difference']//tr[th='Yes']/td"));
            assertEquals("1", yes.getText(), "so is the answer of someone who experienced it too");
            checkOnDesktopAndPhone(browser, "change-quality-manager");
        }
    }
}

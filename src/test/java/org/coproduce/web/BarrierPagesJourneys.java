package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.checkBothWidths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.coproduce.photos.TestPhotos;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16 item 2 in the browser (English, desktop width, axe-core): a barrier reported on
 * report-barrier.html, the point put at the map's centre with the button, and after a moderator
 * published it, its page with "I've met this too"; the map page with the barrier filters; the
 * inbox's "Barrier reports" view for an admin, filtered; the report erased through the private
 * link the report page showed. A photo attached on the report page is seen by the moderator on
 * the moderation page, then on the barrier's page with its description as alt text, and goes with
 * the report. Phone screenshots are taken to look at, not checked again.
 */
public interface BarrierPagesJourneys extends BrowserJourneys {

    @Test
    default void aBarrierReportedOnThePageIsShownOnItsOwnPageOncePublished() throws Exception {
        String place = "Browser lift " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.createTempFile("barrier-photo", ".jpg");
        Files.write(photo, TestPhotos.jpegWithGps(640, 480));
        try (var browser = browser()) {
            browser.open("report-barrier.html");
            browser.waitFor(d -> d.findElements(By.cssSelector("#category option")).size() > 1);
            browser.click("#submit");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#barrier-report .error-summary")).isEmpty());
            check(browser, "report-barrier-errors");
            new Select(browser.find("#category")).selectByValue("LIFT_BROKEN");
            browser.click("#point-centre");
            browser.waitFor(d -> !d.findElement(By.id("point-chosen")).getText().contains("No place"));
            String centre = browser.text("#point-chosen");
            browser.tabTo("#point-map");
            browser.keys(Keys.ARROW_UP, Keys.ENTER);
            browser.waitFor(d -> !d.findElement(By.id("point-chosen")).getText().equals(centre));
            assertEquals(1, browser.all("#point-map path.leaflet-interactive").size(), "one point, moved by the keys");
            browser.type("#place", place);
            browser.type("#description", "The lift to platform 3 has been out of order for two weeks.");
            browser.find("#photo1").sendKeys(photo.toString());
            browser.type("#photo1Alt", "The lift door with an out-of-order sign");
            check(browser, "report-barrier");
            browser.phoneWidth(true);
            browser.screenshot("report-barrier-phone");
            browser.phoneWidth(false);
            browser.click("#submit");
            browser.find("#done");
            assertEquals("Photos added to your report: 1.", browser.text("#done-photos"));
            String eraseLink = browser.find("#erase-link").getDomProperty("href");
            assertTrue(eraseLink.contains("/erase.html#barrier="), eraseLink);
            check(browser, "report-barrier-done");

            var moderator = demo("moderator");
            var pending = moderator.get("api/moderation/barriers?size=100").items().stream().map(JsonValue::asJsonObject)
                    .filter(b -> b.getString("place").equals(place)).findFirst().orElseThrow();
            long id = pending.getJsonNumber("id").longValue();
            // the point the keys moved: a route around it, small enough to leave the other journeys' barriers alone
            double latitude = pending.getJsonNumber("exactLatitude").doubleValue();
            double longitude = pending.getJsonNumber("exactLongitude").doubleValue();
            var admin = demo("admin");
            var org = admin.post("api/organisations", "{\"name\":\"" + place + " org\",\"country\":\"CH\"}");
            assertEquals(201, org.status(), org.body());
            var route = admin.post("api/barrier-routes", "{\"organisationId\":" + org.json().getJsonNumber("id") + ",\"category\":\"LIFT_BROKEN\","
                    + "\"minLatitude\":" + (latitude - 0.001) + ",\"minLongitude\":" + (longitude - 0.001)
                    + ",\"maxLatitude\":" + (latitude + 0.001) + ",\"maxLongitude\":" + (longitude + 0.001) + "}");
            assertEquals(201, route.status(), route.body());
            try (var staff = browser()) {
                Pages.logIn(staff, "moderator");
                staff.open("staff/moderation.html");
                staff.waitFor(d -> !d.findElements(By.cssSelector("#barriers .photo img[alt='The lift door with an out-of-order sign']")).isEmpty());
                staff.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll('#barriers .photo img')]"
                        + ".some((i) => i.alt === 'The lift door with an out-of-order sign' && i.complete && i.naturalWidth > 0);")));
                check(staff, "moderation-barrier-photo");
            }
            assertEquals(200, moderator.post("api/moderation/barriers/" + id + "/decision", "{\"action\":\"PUBLISH\"}").status());

            browser.open("barrier.html?id=" + id);
            browser.waitFor(d -> d.findElement(By.id("barrier-heading")).getText().contains(place));
            browser.click("#met-button");
            browser.waitFor(d -> "1".equals(d.findElement(By.id("barrier-met")).getText()));
            assertEquals("The lift door with an out-of-order sign", browser.find("#barrier-photos .photo img").getDomAttribute("alt"));
            String photoUrl = browser.find("#barrier-photos .photo img").getDomProperty("src");
            check(browser, "barrier");
            browser.phoneWidth(true);
            browser.screenshot("barrier-phone");
            browser.phoneWidth(false);

            browser.open("map.html");
            browser.waitFor(d -> !d.findElement(By.id("barrier-view")).getText().isBlank());
            check(browser, "map-barriers");

            Pages.logIn(browser, "admin");
            browser.open("staff/inbox.html?view=barriers");
            browser.waitFor(d -> !d.findElements(By.cssSelector("tr[data-barrier='" + id + "']")).isEmpty());
            assertEquals("Barrier reports for your organisations", browser.text("h1"));
            checkBothWidths(browser, "inbox-barriers");
            new Select(browser.find("#barrier-filter-status")).selectByValue("FIXED");
            browser.navigate(() -> browser.click("#inbox form.filters button[type=submit]"));
            browser.waitFor(d -> !d.findElement(By.id("inbox-status")).getText().isBlank());
            assertTrue(browser.all("tr[data-barrier='" + id + "']").isEmpty(), "the filter leaves out the reported barrier");

            browser.open(eraseLink.substring(eraseLink.indexOf("erase.html")));
            browser.waitFor(d -> d.findElement(By.id("erase-barrier-what")).getText().contains(place));
            check(browser, "erase-barrier");
            browser.click("#erase-barrier button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("erase-status")).getText().isBlank());
            assertTrue(browser.all("#erase-barrier").getFirst().getDomAttribute("hidden") != null, "the form goes once erased");
            browser.open("barrier.html?id=" + id);
            browser.waitFor(d -> !d.findElement(By.id("barrier-status")).getText().isBlank());
            assertEquals(404, anonymous().download(photoUrl.substring(photoUrl.indexOf("api/barriers/"))).statusCode(), "the photo went with the report");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    /**
     * The photo fieldset is drawn by one module, the same on the report page and the tell page. On
     * the report's private page, while it awaits moderation, the reporter sees their photos and takes
     * one back.
     */
    @Test
    default void theReporterTakesAPhotoBackOnTheReportsPrivatePage() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var reported = anonymous().post("api/barriers", "{\"category\":\"NO_STEP_FREE_ACCESS\",\"place\":\"Private page " + run + "\","
                + "\"description\":\"Steps.\",\"latitude\":46.2071,\"longitude\":6.1401}");
        assertEquals(202, reported.status(), reported.body());
        String token = reported.json().getString("eraseToken");
        String photos = "api/barriers/reported/" + token + "/photos";
        for (String alt : List.of("The+ramp", "My+neighbour")) {
            var added = anonymous().post(photos + "?alt=" + alt, "image/png", TestPhotos.png(80, 60));
            assertEquals(201, added.status(), added.body());
        }
        try (var browser = browser()) {
            browser.open("report-barrier.html");
            browser.find("#photo3Alt");
            String onReport = browser.find("#photos").getDomProperty("outerHTML");
            browser.open("tell.html");
            browser.find("#photo3Alt");
            assertEquals(onReport, browser.find("#photos").getDomProperty("outerHTML"), "one fieldset, drawn by photo-upload.js");
            assertEquals("Photo 1", browser.text("label[for=photo1]"));

            browser.open("erase.html#barrier=" + token);
            browser.waitFor(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll('#my-photo-list img')]"
                    + ".filter((i) => i.complete && i.naturalWidth > 0).length === 2;")));
            assertEquals(List.of("The ramp", "My neighbour"), browser.all("#my-photo-list figcaption").stream().map(e -> e.getText()).toList());
            check(browser, "erase-barrier-photos");
            browser.click("#my-photo-list figure:nth-child(2) button");
            browser.waitFor(d -> "The photo was taken back.".equals(d.findElement(By.id("my-photos-status")).getText()));
            browser.waitFor(d -> d.findElements(By.cssSelector("#my-photo-list figure")).size() == 1);
            assertEquals("The ramp", browser.text("#my-photo-list figcaption"));
        }
        var left = anonymous().get(photos);
        assertEquals(1, left.array().size(), left.body());
        assertEquals("The ramp", left.array().getJsonObject(0).getString("alt"));
    }
}

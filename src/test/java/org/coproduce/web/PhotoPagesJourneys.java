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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.coproduce.photos.TestPhotos;
import org.coproduce.testing.Api;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Photos on the staff and public pages (issue 16): the moderator sees each photo of a story
 * awaiting moderation with the storyteller's description, removes one with a reason (it shows in
 * the trail); once published, the story page shows the other one with its alt text. A storyteller
 * adds a photo on the tell page (its description is required) and sees it on the follow page. English only.
 */
interface PhotoPagesJourneys {

    URL base();

    @Test
    default void storytellerAddsAPhotoWhenTellingAndSeesItOnTheFollowPage() throws Exception {
        Path photo = Files.createTempFile("phone-photo", ".jpg");
        Files.write(photo, TestPhotos.jpegWithGps(640, 480));
        try (var browser = new Browser(base().toString())) {
            useLanguage(browser, "en");
            browser.open("tell.html");
            browser.type("#service-q", "Maternity Unit");
            browser.waitFor(d -> d.findElement(By.id("service-results")).getText().contains("Maternity Unit"));
            browser.driver.findElement(By.xpath("//label[contains(., 'Maternity Unit')]/input")).click();
            browser.click("#relation");
            browser.script("document.querySelector('#happened').value = '2026-10'");
            browser.type("#title", "Photo told " + UUID.randomUUID().toString().substring(0, 8));
            browser.type("#story", "The lift to the maternity ward was out of order for a week.");
            browser.find("#photo1").sendKeys(photo.toString());
            browser.click("#submit");
            browser.waitFor(d -> !d.findElements(By.id("photo1Alt-error")).isEmpty());
            assertEquals("Describe what the photo shows.", browser.text("#photo1Alt-error"));
            check(browser, "tell-photo-missing-description");

            browser.type("#photo1Alt", "The lift door with an out-of-order sign");
            browser.click("#submit");
            browser.waitFor(d -> d.findElement(By.id("done")).isDisplayed());
            assertEquals("Photos added to your story: 1.", browser.text("#done-photos"));
            browser.driver.get(browser.find("#follow-link").getDomAttribute("href"));
            browser.awaitReady();
            browser.waitFor(d -> !d.findElements(By.cssSelector("#my-photos .photo img")).isEmpty());
            assertEquals("The lift door with an out-of-order sign", browser.find("#my-photos .photo img").getDomAttribute("alt"));
            checkBothWidths(browser, "follow-photos");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    default void moderatorSeesAndRemovesAPhotoAndThePublicSeesTheRest() {
        String title = "Photo page " + UUID.randomUUID().toString().substring(0, 8);
        var api = new Api(base());
        long serviceId = patiently(() -> api.get("api/services?q=Maternity%20Unit")).items().getJsonObject(0).getJsonNumber("id").longValue();
        var told = patiently(() -> api.post("api/stories", """
                {"serviceIds": [%d], "relation": "SERVICE_USER", "happened": "2026-09", "title": "%s",
                 "story": "The lift to the ward was broken for a week."}""".formatted(serviceId, title)));
        assertEquals(202, told.status(), told.body());
        long id = told.json().getJsonNumber("id").longValue();
        String follow = "api/follow/" + told.json().getString("followToken") + "/photos?alt=";
        assertEquals(201, api.post(follow + URLEncoder.encode("A nurse's face by the lift", StandardCharsets.UTF_8), "image/jpeg",
                TestPhotos.jpegWithGps(480, 320)).status());
        assertEquals(201, api.post(follow + URLEncoder.encode("The lift door with an out-of-order sign", StandardCharsets.UTF_8),
                "image/png", TestPhotos.png(320, 480)).status());

        try (var browser = new Browser(base().toString())) {
            useLanguage(browser, "en");
            logIn(browser, "moderator");
            browser.open("staff/decide.html?id=" + id);
            browser.waitFor(d -> d.findElements(By.cssSelector("#photos .photo img")).size() == 2);
            assertEquals("A nurse's face by the lift", browser.find("#photos .photo img").getDomAttribute("alt"));
            checkBothWidths(browser, "decide-photos");

            String face = browser.find("#photos form").getDomAttribute("id").replace("photo-removal-", "");
            browser.type("#photo-reason-" + face, "A face can be recognised");
            browser.click("#photo-removal-" + face + " button[type=submit]");
            browser.waitFor(d -> d.findElements(By.cssSelector("#photos .photo img")).size() == 1);
            assertEquals("The photo was removed.", browser.text("#photos-status"));
            browser.waitFor(d -> d.findElement(By.id("audit")).getText().contains("Photo removed"));

            PublishedStory.publish(base(), id, title);
            browser.open("story.html?id=" + id);
            browser.waitFor(d -> !d.findElements(By.cssSelector("#story-photos .photo img")).isEmpty());
            var img = browser.find("#story-photos .photo img");
            assertEquals("The lift door with an out-of-order sign", img.getDomAttribute("alt"));
            browser.waitFor(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("const i = document.querySelector('#story-photos img'); return i.complete && i.naturalWidth > 0;")));
            assertEquals(1, browser.all("#story-photos .photo img").size());
            check(browser, "story-photos");
        }
        assertTrue(new Api(base()).get("api/stories/" + id + "/photos").body().contains("out-of-order sign"));
    }
}

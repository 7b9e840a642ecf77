package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Issue 17 item 2: an admin issues an Open311 key on the admin page (shown once), an app can use it, the admin revokes it. */
public interface Open311KeysPageJourneys extends BrowserJourneys {

    @Test
    default void anAdminIssuesAnOpen311KeyOnTheAdminPageAndRevokesIt() throws Exception {
        String app = "Page app " + UUID.randomUUID().toString().substring(0, 6);
        try (var browser = browser()) {
            logIn(browser, "admin");
            browser.click("#tab-open311");
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-open311 table caption")).getText().startsWith("Keys"));
            browser.type("#open311-name", app);
            browser.click("#open311-form button[type=submit]");
            browser.waitFor(d -> !d.findElements(By.id("open311-key")).isEmpty());
            String key = browser.text("#open311-key");
            assertTrue(key.startsWith("o311_"), key);
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-open311 tbody")).getText().contains(app));
            check(browser, "admin-open311");
            assertEquals(400, post(key), "the key is accepted (an unknown service code is the only fault)");

            browser.click("button[aria-label='Revoke: " + app + "']");
            browser.waitFor(d -> d.findElement(By.id("open311-status")).getText().contains(app));
            // the list is drawn again after the revocation: read it through waitFor, which looks again when it is
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-open311 tbody")).getText().contains("Revoked"));
            assertEquals(403, post(key), "a revoked key is refused");
        }
    }

    private int post(String key) throws Exception {
        String form = "api_key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&service_code=NONE&description=Test";
        var request = HttpRequest.newBuilder(URI.create(base().toString().replaceAll("/?$", "/")).resolve("open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try (var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }
}

package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.coproduce.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A forgotten password set again through the e-mailed link; admins read the security log and disable accounts. */
public interface ResetPagesJourneys extends BrowserJourneys {

    @Test
    default void aForgottenPasswordIsSetAgainThroughTheEmailedLink() throws Exception {
        String email = "reset-page-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Reset\","
                + "\"role\":\"MODERATOR\",\"password\":\"the old long password\"}").status());
        try (var browser = browser()) {
            browser.open("login.html");
            browser.navigate(() -> browser.click("a[href='reset.html']"));
            browser.type("#email", email);
            check(browser, "reset-request");
            browser.click("#reset-request button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("reset-status")).getText().isBlank());
            assertTrue(browser.text("#reset-status").contains("If this address belongs to a staff account"), browser.text("#reset-status"));

            var mail = TestMail.awaitMessage(email, "Set a new password", Duration.ofSeconds(30)).orElseThrow();
            var link = Pattern.compile("/(reset\\.html#[A-Za-z0-9_-]+)").matcher(mail.body());
            assertTrue(link.find(), mail.body());
            browser.open(link.group(1));
            assertFalse(browser.driver.getCurrentUrl().contains("#"), "the token leaves the address bar");
            browser.type("#newPassword", "password123456");
            browser.click("#reset-set button[type=submit]");
            var field = browser.find("#newPassword");
            browser.waitFor(d -> "true".equals(field.getDomAttribute("aria-invalid")));
            check(browser, "reset-common-password");
            browser.type("#newPassword", "Lanterns over the harbour 5");
            browser.click("#reset-set button[type=submit]");
            browser.waitFor(d -> !d.findElement(By.id("reset-status")).getText().isBlank());
            assertTrue(browser.text("#reset-status").contains("Your new password is set"), browser.text("#reset-status"));
            check(browser, "reset-done");
        }
        assertEquals(200, anonymous().logIn(email, "Lanterns over the harbour 5").status());
    }

    @Test
    default void adminsReadTheSecurityLogAndDisableAccounts() {
        String email = "aa-disable-page-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Zz Disable " + UUID.randomUUID()
                .toString().substring(0, 4) + "\",\"role\":\"MODERATOR\",\"password\":\"the old long password\"}").status());
        try (var browser = browser()) {
            logIn(browser, "admin");
            browser.click("#tab-security");
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-security table caption")).getText().startsWith("Security events"));
            assertTrue(browser.text("#panel-security table").contains("ACCOUNT_CREATED"), "the account just made is in the log");
            check(browser, "admin-security");
            browser.find("#security-kind");
            browser.script("document.querySelector('#security-kind').value = 'ACCOUNT_CREATED'");
            browser.click("#security-form button[type=submit]");
            browser.waitFor(d -> d.findElements(By.cssSelector("#panel-security tbody tr")).stream()
                    .allMatch(row -> row.getText().contains("ACCOUNT_CREATED")));

            browser.click("#tab-accounts");
            String disable = "button[aria-label^='Disable: Zz Disable']";
            browser.waitFor(d -> !d.findElements(By.cssSelector(disable)).isEmpty());
            browser.click(disable);
            browser.waitFor(d -> !d.findElements(By.cssSelector("button[aria-label^='Enable: Zz Disable']")).isEmpty());
        }
        assertEquals(403, anonymous().logIn(email, "the old long password").status(), "disabled from the admin page");
    }
}

package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduce.accounts.control.Base32;
import org.coproduce.accounts.control.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A quality manager (a role that needs a second factor in the ITs) sets it up in headless
 * Chromium, the code computed here with the app's own {@link Totp}; then logs in with password
 * and code, a wrong code refused, and with a recovery code, which works only once.
 */
public interface SecondFactorPagesJourneys extends BrowserJourneys {

    String PASSWORD = "a long enough password";


    @Test
    default void qualityManagerSetsUpASecondFactorAndLogsInWithItInGerman() {
        secondFactor("de");
    }

    private void secondFactor(String language) {
        String email = "totp-" + language + "-" + UUID.randomUUID() + "@example.org";
        assertEquals(201, demo("admin").post("api/accounts", "{\"email\":\"" + email + "\",\"displayName\":\"Tess Totp\","
                + "\"role\":\"QUALITY_MANAGER\",\"platformWide\":true,\"password\":\"" + PASSWORD + "\"}").status());
        try (var browser = browser()) {
            useLanguage(browser, language);
            password(browser, email);
            browser.waitFor(d -> d.getCurrentUrl().contains("/staff/second-factor.html"));
            browser.awaitReady();
            assertTrue(browser.find("#required").isDisplayed(), "says the role needs it");
            browser.open("staff/inbox.html");
            browser.waitFor(d -> d.getCurrentUrl().contains("/staff/second-factor.html"));
            browser.awaitReady();
            check(browser, "second-factor-required-" + language);

            browser.tabTo("#start");
            browser.keys(org.openqa.selenium.Keys.ENTER);
            String shown = browser.text("#secret");
            assertTrue(shown.matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}"), "the key in groups of four: " + shown);
            byte[] secret = Base32.decode(shown);
            assertTrue(browser.find("#otpauth").getDomAttribute("href").startsWith("otpauth://totp/Coproduce:"));
            browser.click("#enrol button[type=submit]");
            StaffPagesJourneys.assertLinkedError(browser, "#enrol-code");
            browser.script("document.querySelectorAll('#enrol .error').forEach((e) => e.remove())");
            browser.type("#enrol-code", wrongCode(secret));
            browser.click("#enrol button[type=submit]");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#enrol .error")).isEmpty());
            check(browser, "second-factor-setup-" + language);
            browser.type("#enrol-code", Totp.code(secret, Instant.now()));
            browser.click("#enrol button[type=submit]");
            browser.find("#codes");
            List<String> recovery = browser.all("#recovery-codes li").stream().map(WebElement::getText).toList();
            assertEquals(10, recovery.size());
            assertEquals(browser.driver.switchTo().activeElement(), browser.find("#codes-heading"), "focus on the codes");
            check(browser, "second-factor-codes-" + language);
            browser.click("#continue");
            browser.awaitReady();
            assertTrue(browser.driver.getCurrentUrl().endsWith("/outcomes.html"), browser.driver.getCurrentUrl());
            logOut(browser);

            password(browser, email);
            browser.find("#second-factor");
            assertEquals(browser.driver.switchTo().activeElement(), browser.find("#second-factor-heading"), "focus on step two");
            var code = browser.find("#code");
            assertEquals("one-time-code", code.getDomAttribute("autocomplete"));
            assertEquals("numeric", code.getDomAttribute("inputmode"));
            browser.type("#code", wrongCode(secret));
            browser.click("#second-factor button[type=submit]");
            StaffPagesJourneys.assertLinkedError(browser, "#code");
            check(browser, "login-second-factor-" + language);
            browser.type("#code", Totp.code(secret, Instant.now().plusSeconds(30)));
            browser.click("#second-factor button[type=submit]");
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/outcomes.html"));
            browser.awaitReady();
            assertTrue(browser.find("#logout").isDisplayed(), "logged in");
            logOut(browser);

            assertTrue(recoveryLogIn(browser, email, recovery.get(0)), "a recovery code opens one login");
            logOut(browser);
            assertFalse(recoveryLogIn(browser, email, recovery.get(0)), "and only one");
            StaffPagesJourneys.assertLinkedError(browser, "#recoveryCode");
        }
    }

    private static void password(Browser browser, String email) {
        browser.open("login.html");
        browser.type("#email", email);
        browser.type("#password", PASSWORD);
        browser.click("#login button[type=submit]");
    }

    /** Password, then "use a recovery code" with the keyboard: true when it led to the start page. */
    private static boolean recoveryLogIn(Browser browser, String email, String recoveryCode) {
        password(browser, email);
        browser.find("#second-factor");
        browser.tabTo("#use-recovery");
        browser.keys(org.openqa.selenium.Keys.ENTER);
        assertEquals(browser.driver.switchTo().activeElement(), browser.find("#recoveryCode"), "focus on the recovery code");
        browser.keys(recoveryCode, org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/outcomes.html") || !d.findElements(By.cssSelector("#second-factor .error")).isEmpty());
        return browser.driver.getCurrentUrl().endsWith("/outcomes.html");
    }

    private static void logOut(Browser browser) {
        browser.click("#logout");
        browser.waitFor(d -> !d.getCurrentUrl().endsWith("/outcomes.html"));
        browser.awaitReady();
    }

    /** A 6-digit code that is none of the right ones around now. */
    private static String wrongCode(byte[] secret) {
        var right = new java.util.HashSet<String>();
        for (int s = -2; s <= 2; s++) {
            right.add(Totp.code(secret, Instant.now().plusSeconds(30L * s)));
        }
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!right.contains(candidate)) {
                return candidate;
            }
        }
    }
}

package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** login.html?next= only follows paths on this site: open-redirect attempts land on the role's start page. */
public interface LoginRedirectJourneys extends BrowserJourneys {

    List<String> ELSEWHERE = List.of("//evil.example/", "/\\evil.example/", "https://evil.example/",
            "javascript:alert(1)", "/\t/evil.example/", "http:evil.example");

    @Test
    default void nextOnlyLeadsToPathsOnThisSite() {
        String site = base().toString().endsWith("/") ? base().toString() : base() + "/";
        String home = site + "staff/moderation.html";
        try (var browser = browser()) {
            for (String next : ELSEWHERE) {
                logInWithNext(browser, next);
                assertEquals(home, browser.driver.getCurrentUrl().replaceAll("[?#].*", ""), "next=" + next);
            }
            String own = URI.create(site).getPath() + "staff/moderation.html?from=next";
            logInWithNext(browser, own);
            assertTrue(browser.driver.getCurrentUrl().endsWith("staff/moderation.html?from=next"), browser.driver.getCurrentUrl());

            browser.open("login.html");
            @SuppressWarnings("unchecked")
            var checked = (List<Object>) browser.script("""
                    return import(new URL('js/pages/login.js', document.baseURI).href)
                      .then((m) => arguments[0].map((next) => m.sameOriginPath(next)));
                    """, ELSEWHERE);
            assertTrue(checked.stream().allMatch(java.util.Objects::isNull), checked::toString);
            assertEquals("/a/b?c=1#d", browser.script("""
                    return import(new URL('js/pages/login.js', document.baseURI).href)
                      .then((m) => m.sameOriginPath('/a/b?c=1#d'));
                    """));
        }
    }

    @Test
    default void aSlowedDownLoginSaysToWaitInPlainWords() {
        String stranger = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
        try (var browser = browser()) {
            browser.open("login.html");
            String said = "";
            for (int i = 0; i < 12 && !said.contains("Please wait a minute"); i++) {
                browser.script("document.querySelector('.error-summary')?.remove()");
                browser.type("#email", stranger);
                browser.type("#password", "not the password " + i);
                browser.click("#login button[type=submit]");
                said = browser.text(".error-summary");
            }
            assertTrue(said.contains("Too many failed logins from here or for this account. Please wait a minute, then try again."),
                    said);
            browser.screenshot("login-throttled");
        }
    }

    private static void logInWithNext(Browser browser, String next) {
        browser.open("login.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        browser.type("#email", "moderator@demo.example");
        browser.type("#password", Pages.PASSWORD);
        browser.click("#login button[type=submit]");
        browser.waitFor(d -> !d.getCurrentUrl().contains("/login.html"));
        browser.awaitReady();
    }
}

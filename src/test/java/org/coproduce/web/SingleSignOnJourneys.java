package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.coproduce.testing.TestOidc;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on through a real OpenID Connect provider (mock-oauth2-server in the test JVM,
 * {@link TestOidc}), in headless Chromium: the login page's button, the provider's own login form
 * (user name and the ID token's claims typed in), back logged in on the mapped role's page. The
 * app's role map (pom.xml): coproduce-moderators=MODERATOR; coproduce-responders=RESPONDER@1.
 */
public interface SingleSignOnJourneys extends BrowserJourneys {

    @Test
    default void ssoLogsAModeratorInThroughTheOrganisationsProvider() {
        String email = "sso-moderator-" + UUID.randomUUID().toString().substring(0, 8) + "@idp.example";
        try (var browser = browser()) {
            browser.open("login.html");
            assertEquals("Log in with Test IdP", browser.text("#sso-login"));
            Pages.check(browser, "login-sso");
            browser.click("#sso-login");
            signInAtTheProvider(browser, email, "[\"staff\", \"coproduce-moderators\"]");
            browser.waitFor(d -> d.getCurrentUrl().contains("/staff/moderation.html"));
            browser.awaitReady();
            var who = session(browser);
            assertEquals("MODERATOR", who.get("role"), who.toString());
            assertEquals(email, who.get("email"));
            browser.screenshot("sso-moderator-home");
        }
        assertEquals(401, anonymous().logIn(email, "any password at all").status(), "an account made by SSO has no local password");
    }

    @Test
    default void ssoReturnsAResponderToTheRequestedPageAndFollowsGroupChanges() {
        String email = "sso-responder-" + UUID.randomUUID().toString().substring(0, 8) + "@idp.example";
        String next = URI.create(site()).getPath() + "staff/inbox.html?from=sso";
        try (var browser = browser()) {
            browser.open("login.html?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            browser.click("#sso-login");
            signInAtTheProvider(browser, email, "\"coproduce-responders\"");
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/staff/inbox.html?from=sso"));
            browser.awaitReady();
            var who = session(browser);
            assertEquals("RESPONDER", who.get("role"));
            assertEquals(java.util.List.of(1L), ((java.util.List<?>) who.get("organisationIds")).stream()
                    .map(id -> ((Number) id).longValue()).toList(), "the organisation the role map names");
        }
        try (var browser = browser()) {
            browser.open("login.html");
            browser.click("#sso-login");
            signInAtTheProvider(browser, email, "[\"coproduce-moderators\"]");
            browser.waitFor(d -> d.getCurrentUrl().contains("/staff/moderation.html"));
            browser.awaitReady();
            var who = session(browser);
            assertEquals("MODERATOR", who.get("role"), "moved to another group at the provider: the role follows at the next login");
            assertEquals(Boolean.TRUE, who.get("platformWide"));
        }
    }

    @Test
    default void ssoRefusesAUserWhoseGroupsMapToNoRoleInGerman() {
        String email = "sso-nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@idp.example";
        try (var browser = browser()) {
            Pages.useLanguage(browser, "de");
            browser.open("login.html");
            assertEquals("Anmelden mit Test IdP", browser.text("#sso-login"));
            browser.click("#sso-login");
            signInAtTheProvider(browser, email, "[\"everyone\", \"Coproduce-Moderators\"]");
            browser.waitFor(d -> d.getCurrentUrl().contains("/login.html?sso="));
            browser.awaitReady();
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login.html?sso=refused"), browser.driver.getCurrentUrl());
            assertTrue(browser.text("#sso-problem").contains("Ihr Konto dort hat in Coproduce keine Rolle"), browser.text("#sso-problem"));
            assertEquals(browser.find("#sso-problem"), browser.driver.switchTo().activeElement(), "the message has the focus");
            assertEquals(401L, ((Number) browser.script("return fetch(arguments[0]).then((r) => r.status)", site() + "api/session")).longValue(),
                    "no session");
            Pages.check(browser, "login-sso-refused");
        }
    }

    @Test
    default void ssoRefusesACallbackWhoseStateWasNotIssuedToThisBrowser() {
        var api = anonymous();
        var offered = api.get("api/sso").json();
        assertTrue(offered.getBoolean("enabled"));
        assertEquals("Test IdP", offered.getString("label"));
        var start = api.get("api/sso/login?next=" + URLEncoder.encode("//evil.example/", StandardCharsets.UTF_8));
        assertEquals(303, start.status(), start.toString());
        String location = start.header("Location");
        assertTrue(location.startsWith(TestOidc.issuer() + "/authorize?"), location);
        assertTrue(location.contains("code_challenge_method=S256") && location.contains("nonce=") && location.contains("state="), location);
        assertTrue(start.cookies().stream().anyMatch(c -> c.startsWith("COPRODUCE_SSO=") && c.contains("HttpOnly")
                && c.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax")), start.cookies().toString());
        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");

        var tampered = api.get("api/sso/callback?code=abc&state=" + state + "x");
        assertEquals(303, tampered.status());
        assertTrue(tampered.header("Location").endsWith("login.html?sso=failed"), tampered.header("Location"));
        assertTrue(tampered.cookies().stream().noneMatch(c -> c.startsWith("COPRODUCE_SESSION=")), tampered.cookies().toString());
        assertEquals(401, api.get("api/session").status());

        var elsewhere = anonymous().get("api/sso/callback?code=abc&state=" + state);
        assertTrue(elsewhere.header("Location").endsWith("login.html?sso=failed"), "the state alone, without this browser's cookie");

        String again = api.get("api/sso/login").header("Location").replaceAll(".*[?&]state=([^&]+).*", "$1");
        var wrongCode = api.get("api/sso/callback?code=not-issued&state=" + again);
        assertTrue(wrongCode.header("Location").endsWith("login.html?sso=failed"), "a code the provider never issued");
        assertEquals(401, api.get("api/session").status());
    }

    private void signInAtTheProvider(Browser browser, String email, String groups) {
        browser.waitFor(d -> d.getCurrentUrl().startsWith(TestOidc.issuer() + "/authorize"));
        browser.type("input[name=username]", email);
        browser.type("textarea[name=claims]", "{\"email\": \"" + email + "\", \"email_verified\": true, \"name\": \"Sam Sso\", \"groups\": "
                + groups + "}");
        browser.click("input[type=submit]");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> session(Browser browser) {
        return (Map<String, Object>) browser.script("return fetch(arguments[0]).then((r) => r.json())", site() + "api/session");
    }

    private String site() {
        return base().toString().endsWith("/") ? base().toString() : base() + "/";
    }
}

package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Staff log in; admins see field errors linked to their fields and keep the directory and accounts. */
public interface AdminPagesJourneys extends BrowserJourneys {

    @Test
    default void staffLogInAndAdminsSeeFieldErrorsLinkedToTheirFields() {
        try (var browser = browser()) {
            aRefusedLoginIsExplained(browser);
            logIn(browser, "admin");
            assertTrue(browser.driver.getCurrentUrl().endsWith("staff/admin.html"), browser.driver.getCurrentUrl());
            browser.find("#organisations-form");
            check(browser, "admin-organisations");
            anEmptyOrganisationShowsAnErrorLinkedToItsName(browser);
            String organisation = "Web test organisation " + UUID.randomUUID().toString().substring(0, 6);
            browser.type("#organisations-name", organisation);
            browser.type("#organisations-kind", "Charity");
            browser.type("#organisations-city", "Leeds");
            browser.type("#organisations-country", "GB");
            browser.click("#organisations-form button[type=submit]");
            browser.waitFor(d -> d.findElement(By.cssSelector("#panel-organisations table")).getText().contains(organisation));
            browser.click("#tab-services");
            browser.find("#services-form");
            check(browser, "admin-services");
            browser.click("#tab-accounts");
            browser.find("#accounts-form");
            check(browser, "admin-accounts");
        }
    }

    private static void aRefusedLoginIsExplained(Browser browser) {
        browser.open("login.html");
        check(browser, "login");
        browser.type("#email", "admin@demo.example");
        browser.type("#password", "wrong");
        browser.click("#login button[type=submit]");
        assertTrue(browser.find(".error-summary").getText().length() > 0, "a refused login is explained");
    }

    private static void anEmptyOrganisationShowsAnErrorLinkedToItsName(Browser browser) {
        browser.click("#organisations-form button[type=submit]");
        var name = browser.find("#organisations-name");
        browser.waitFor(d -> "true".equals(name.getDomAttribute("aria-invalid")));
        String describedBy = name.getDomAttribute("aria-describedby");
        assertNotNull(describedBy);
        var message = browser.driver.findElement(By.id(describedBy.split(" ")[describedBy.split(" ").length - 1]));
        assertFalse(message.getText().isBlank(), "the error message is linked to the field");
        check(browser, "admin-errors");
    }
}

package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** /api-docs/: the OpenAPI document in Swagger UI, served by the app itself under its Content-Security-Policy. */
interface ApiDocsPagesJourneys extends BrowserJourneys {

    @Test
    default void theApiReferenceShowsTheOperationsByComponent() {
        try (var browser = browser()) {
            browser.open("api-docs/");
            assertTrue(browser.text(".swagger-ui .info .title").startsWith("Coproduce API"), browser.text(".swagger-ui .info .title"));
            assertTrue(browser.all(".swagger-ui .opblock-tag-section").size() >= 10, "a section for each component");
            browser.click("#operations-tag-stories");
            assertTrue(browser.text("#operations-stories-listStories").contains("Published stories"), "listStories with its summary");
            check(browser, "api-docs");
        }
    }
}

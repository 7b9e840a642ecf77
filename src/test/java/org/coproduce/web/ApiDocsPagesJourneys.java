package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * /api-docs/: the OpenAPI document in Swagger UI, served by the app itself under its
 * Content-Security-Policy. Checked with axe-core as it opens (components folded); an opened
 * component is photographed only, Swagger UI's own colours and controls being what they are.
 */
interface ApiDocsPagesJourneys extends BrowserJourneys {

    @Test
    default void theApiReferenceShowsTheOperationsByComponent() {
        try (var browser = browser()) {
            browser.open("api-docs/");
            assertTrue(browser.all(".swagger-ui .opblock-tag-section").size() >= 10, "a section for each component");
            check(browser, "api-docs");
            browser.click("#operations-tag-stories");
            assertTrue(browser.text("#operations-stories-listStories").contains("Published stories"), "listStories with its summary");
            browser.screenshot("api-docs-stories");
        }
    }
}

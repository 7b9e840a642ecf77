package org.coproduce.web;

import java.net.URL;
import org.coproduce.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages in a real browser (headless Chromium), on one deployment: every page is checked with
 * axe-core and photographed into target/screenshots; the main journeys are driven as a person would.
 * Add browser journeys as interfaces extending {@link BrowserJourneys} and list them here.
 */
@ExtendWith(ArquillianExtension.class)
class WebPagesIT implements MapPageJourneys, DirectoryPagesJourneys, LanguageJourneys, AdminPagesJourneys, StoryPagesJourneys,
        KeyboardTellingJourneys, ReactionsJourneys, GermanJourneys, LoginRedirectJourneys, NoticesJourneys, RightsPagesJourneys,
        ResetPagesJourneys, HeldPagesJourneys, FollowingPagesJourneys, ApiDocsPagesJourneys, ParticipationPagesJourneys,
        BarrierPagesJourneys {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    @Override
    public URL base() {
        return base;
    }
}

package org.coproduce.web;

import java.net.URL;
import org.coproduce.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages in a real browser (headless Chromium), on one deployment: every page is checked with axe-core and
 * photographed into target/screenshots; the main journeys are driven as a person would, the public's and the staff's
 * (each staff journey in English and German, {@link StaffPagesJourneys}). Add browser journeys as interfaces extending
 * {@link BrowserJourneys} and list them here (the outcomes pages run with the API journeys, in
 * {@code org.coproduce.JourneysIT}, so that the two failsafe forks take about as long).
 */
@ExtendWith(ArquillianExtension.class)
class PagesIT implements MapPageJourneys, DirectoryPagesJourneys, LanguageJourneys, AdminPagesJourneys, StoryPagesJourneys,
        KeyboardTellingJourneys, ReactionsJourneys, GermanJourneys, LoginRedirectJourneys, NoticesJourneys, RightsPagesJourneys,
        ResetPagesJourneys, HeldPagesJourneys, FollowingPagesJourneys, ApiDocsPagesJourneys, ParticipationPagesJourneys,
        BarrierPagesJourneys, StaffPagesJourneys {

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

package org.coproduce.web;

import java.net.URL;
import org.coproduce.testing.TestServer;

/**
 * The pages in a real browser (headless Chromium), on one deployment: every page is checked with
 * axe-core and photographed into target/screenshots; the main journeys are driven as a person would.
 * Add browser journeys as interfaces extending {@link BrowserJourneys} and list them here.
 */
class WebPagesIT implements MapPageJourneys, DirectoryPagesJourneys, LanguageJourneys, AdminPagesJourneys, StoryPagesJourneys,
        KeyboardTellingJourneys, ReactionsJourneys, GermanJourneys, LoginRedirectJourneys, NoticesJourneys, RightsPagesJourneys,
        ResetPagesJourneys, HeldPagesJourneys, FollowingPagesJourneys, ApiDocsPagesJourneys, ParticipationPagesJourneys,
        BarrierPagesJourneys {

    /** The fork's app, shared with its other IT classes. */
    final URL base = TestServer.url();

    @Override
    public URL base() {
        return base;
    }
}

package org.coproduce.web;

import org.coproduce.testing.DeployedWar;

/**
 * The pages in a real browser (headless Chromium), on one deployment: every page is checked with axe-core and
 * photographed into target/screenshots; the main journeys are driven as a person would, the public's and the staff's
 * (each staff journey in English and German, {@link StaffPagesJourneys}). Add browser journeys as interfaces extending
 * {@link BrowserJourneys} and list them here (the outcomes pages run with the API journeys, in
 * {@code org.coproduce.JourneysIT}, so that the two failsafe forks take about as long).
 */
class PagesIT extends DeployedWar implements MapPageJourneys, DirectoryPagesJourneys, LanguageJourneys, AdminPagesJourneys,
        StoryPagesJourneys, KeyboardTellingJourneys, ReactionsJourneys, GermanJourneys, LoginRedirectJourneys,
        NoticesJourneys, RightsPagesJourneys, ResetPagesJourneys, HeldPagesJourneys, FollowingPagesJourneys,
        ApiDocsPagesJourneys, ParticipationPagesJourneys, BarrierPagesJourneys, StaffPagesJourneys {
}

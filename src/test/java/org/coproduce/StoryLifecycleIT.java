package org.coproduce;

import java.net.URL;
import org.coproduce.testing.TestServer;
import org.coproduce.accounts.StaffLanguageJourneys;
import org.coproduce.following.FollowingJourneys;
import org.coproduce.analysis.AnalysisJourneys;
import org.coproduce.barriers.BarriersJourneys;
import org.coproduce.moderation.ModerationJourneys;
import org.coproduce.moderation.ReportsJourneys;
import org.coproduce.photos.PhotosJourneys;
import org.coproduce.responses.ResponseEditingJourneys;
import org.coproduce.responses.ResponsesJourneys;
import org.coproduce.routing.PlatformQueueJourneys;
import org.coproduce.routing.RoutingJourneys;
import org.coproduce.stories.FollowTokenSecrecyJourneys;
import org.coproduce.stories.HoldJourneys;
import org.coproduce.stories.MapJourneys;
import org.coproduce.stories.RetentionJourneys;
import org.coproduce.stories.ErasureJourneys;
import org.coproduce.stories.SearchJourneys;
import org.coproduce.stories.PlacesJourneys;
import org.coproduce.stories.StoriesJourneys;
import org.coproduce.webhooks.WebhooksJourneys;

/**
 * The story lifecycle end to end on MariaDB, through the API as storytellers, moderators and
 * responders use it, with a real SMTP server: the journeys of stories, moderation, analysis,
 * routing and responses on one deployment. Runs with deadlines of 0 days, fast-track after one
 * clean response and 20 stories per client and hour (see the failsafe configuration).
 */
class StoryLifecycleIT implements StoriesJourneys, FollowTokenSecrecyJourneys, ModerationJourneys, AnalysisJourneys, RoutingJourneys,
        ResponsesJourneys, RetentionJourneys, ErasureJourneys, PlacesJourneys, ResponseEditingJourneys,
        ReportsJourneys, HoldJourneys, PlatformQueueJourneys, SearchJourneys, WebhooksJourneys, PhotosJourneys,
        FollowingJourneys, MapJourneys, BarriersJourneys, StaffLanguageJourneys {

    /** The fork's app, shared with its other IT classes. */
    final URL base = TestServer.url();

    @Override
    public URL base() {
        return base;
    }
}

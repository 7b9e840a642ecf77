package org.coproduce;

import java.net.URL;
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
import org.coproduce.testing.Deployments;
import org.coproduce.webhooks.WebhooksJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The story lifecycle end to end on MariaDB, through the API as storytellers, moderators and
 * responders use it, with a real SMTP server: the journeys of stories, moderation, analysis,
 * routing and responses on one deployment. Runs with deadlines of 0 days, fast-track after one
 * clean response and 20 stories per client and hour (see the failsafe configuration).
 */
@ExtendWith(ArquillianExtension.class)
class StoryLifecycleIT implements StoriesJourneys, FollowTokenSecrecyJourneys, ModerationJourneys, AnalysisJourneys, RoutingJourneys,
        ResponsesJourneys, RetentionJourneys, ErasureJourneys, PlacesJourneys, ResponseEditingJourneys,
        ReportsJourneys, HoldJourneys, PlatformQueueJourneys, SearchJourneys, WebhooksJourneys, PhotosJourneys,
        FollowingJourneys, MapJourneys, BarriersJourneys, StaffLanguageJourneys {

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

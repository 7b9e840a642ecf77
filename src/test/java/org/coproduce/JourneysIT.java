package org.coproduce;

import org.coproduce.accountability.YouSaidWeDidJourneys;
import org.coproduce.accounts.AccountLifecycleJourneys;
import org.coproduce.accounts.AccountsJourneys;
import org.coproduce.accounts.AuthorizationMatrixJourneys;
import org.coproduce.accounts.SecondFactorJourneys;
import org.coproduce.accounts.SecurityLogJourneys;
import org.coproduce.accounts.StaffLanguageJourneys;
import org.coproduce.accounts.ThrottlingJourneys;
import org.coproduce.analysis.AnalysisJourneys;
import org.coproduce.barriers.BarriersJourneys;
import org.coproduce.changes.ChangesJourneys;
import org.coproduce.following.FollowingJourneys;
import org.coproduce.moderation.ModerationJourneys;
import org.coproduce.moderation.ReasonsJourneys;
import org.coproduce.moderation.ReportsJourneys;
import org.coproduce.open311.Open311Journeys;
import org.coproduce.operations.OperationsJourneys;
import org.coproduce.outcomes.BoardReportJourneys;
import org.coproduce.outcomes.CountingJourneys;
import org.coproduce.outcomes.DashboardsJourneys;
import org.coproduce.participation.ParticipationJourneys;
import org.coproduce.photos.PhotosJourneys;
import org.coproduce.platform.OpenApiJourneys;
import org.coproduce.problems.ProblemsJourneys;
import org.coproduce.providers.DirectoryImportJourneys;
import org.coproduce.providers.DirectoryJourneys;
import org.coproduce.reports.ScheduledReportJourneys;
import org.coproduce.responses.ResponseEditingJourneys;
import org.coproduce.responses.ResponsesJourneys;
import org.coproduce.rises.RisesJourneys;
import org.coproduce.routing.PlatformQueueJourneys;
import org.coproduce.routing.RoutingJourneys;
import org.coproduce.stories.ErasureJourneys;
import org.coproduce.stories.FollowTokenSecrecyJourneys;
import org.coproduce.stories.HoldJourneys;
import org.coproduce.stories.MapJourneys;
import org.coproduce.stories.PlacesJourneys;
import org.coproduce.stories.RetentionJourneys;
import org.coproduce.stories.SearchJourneys;
import org.coproduce.stories.StoriesJourneys;
import org.coproduce.testing.DeployedWar;
import org.coproduce.web.OutcomesPagesJourneys;
import org.coproduce.web.PrivacyJourneys;
import org.coproduce.web.YouSaidWeDidPageJourneys;
import org.coproduce.webhooks.WebhooksJourneys;

/**
 * The journeys through the API on MariaDB, as storytellers, moderators, responders, quality managers and admins use
 * it, with a real SMTP server and identity provider, on one deployment (a Payara start costs a minute on a busy
 * machine, so each failsafe fork deploys once): the foundation (directory, accounts and sessions, the error contract,
 * the authorization matrix, privacy, operations), the story lifecycle (stories, moderation, analysis, routing,
 * responses, erasure, barriers ...), outcomes (counting, dashboards, the change register, rises, participation,
 * "you said, we did") and the outcomes pages in Chromium. Deadlines are 0 days, fast-track after one clean
 * response and 20 stories per client and hour (see the failsafe configuration). The other pages run in
 * {@link org.coproduce.web.PagesIT}, in the other fork.
 */
class JourneysIT extends DeployedWar implements DirectoryJourneys, AccountsJourneys, ThrottlingJourneys, ProblemsJourneys,
        PrivacyJourneys, SecondFactorJourneys, AuthorizationMatrixJourneys, AccountLifecycleJourneys, SecurityLogJourneys,
        ReasonsJourneys, OperationsJourneys, DirectoryImportJourneys, OpenApiJourneys, Open311Journeys,
        StoriesJourneys, FollowTokenSecrecyJourneys, ModerationJourneys, AnalysisJourneys, RoutingJourneys,
        ResponsesJourneys, RetentionJourneys, ErasureJourneys, PlacesJourneys, ResponseEditingJourneys,
        ReportsJourneys, HoldJourneys, PlatformQueueJourneys, SearchJourneys, WebhooksJourneys, PhotosJourneys,
        FollowingJourneys, MapJourneys, BarriersJourneys, StaffLanguageJourneys,
        CountingJourneys, DashboardsJourneys, ChangesJourneys, RisesJourneys, BoardReportJourneys,
        ScheduledReportJourneys, ParticipationJourneys, YouSaidWeDidJourneys, YouSaidWeDidPageJourneys,
        OutcomesPagesJourneys {
}

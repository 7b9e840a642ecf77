package org.coproduce.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The datasource is defined here so that the JDBC driver in WEB-INF/lib is visible to it;
 * {@link SwitchingDataSource} reads DB_URL, DB_USER, DB_PASSWORD itself. Pool settings follow
 * payara-config/README.md: validation on, a caller waits at most 5 s, statements time out.
 */
@DataSourceDefinition(
        name = CoproduceApplication.DATASOURCE,
        className = "org.coproduce.platform.SwitchingDataSource",
        minPoolSize = 0,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=10",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.pool-resize-quantity=2",
            "fish.payara.idle-timeout-in-seconds=300"
        })
@OpenAPIDefinition(
        info = @Info(title = "Coproduce API", version = "0.1",
                description = "People tell their stories of health and care services; providers respond and record the changes"
                        + " they make; everyone sees the outcomes. JSON in and out under /api; every error is"
                        + " application/problem+json naming the field. Staff log in with POST /api/session: the session cookie,"
                        + " and the csrfToken sent back in X-CSRF-Token on every change. Reference: docs/api.md."),
        tags = {
            @Tag(name = "stories", description = "Telling, reading and following stories; me too; erasure by the storyteller"),
            @Tag(name = "moderation", description = "The moderation queue, decisions, reports (notice and action), reasons"),
            @Tag(name = "routing", description = "Stories routed to organisations: inbox, platform queue, rules, subscriptions"),
            @Tag(name = "responses", description = "Providers' public responses to stories"),
            @Tag(name = "changes", description = "The change register and whether a change made a difference"),
            @Tag(name = "accountability", description = "\"You said, we did\": what an organisation or service changed, why, and whether it helped"),
            @Tag(name = "outcomes", description = "Figures, exports and rises: the read side, never writes"),
            @Tag(name = "providers", description = "The directory of organisations and services"),
            @Tag(name = "accounts", description = "Staff accounts, login, second factor, password resets, security log"),
            @Tag(name = "analysis", description = "Themes and the theme model"),
            @Tag(name = "webhooks", description = "Signed webhooks for organisations"),
            @Tag(name = "photos", description = "Photos on a story (and, for moderators, on a barrier report): added by the storyteller, public once published, removed by moderators"),
            @Tag(name = "barriers", description = "Barrier reports: places that shut people out, moderated, routed by category and area, their status set by the responsible organisation"),
            @Tag(name = "following", description = "Following without an account: Atom feeds, e-mail digests, the embeddable widget"),
            @Tag(name = "participation",
                    description = "Citizens take part in changes: proposals, comments, support, answers, milestones, moderation"),
            @Tag(name = "open311", description = "Open311 GeoReport v2 for civic apps (also at /open311/v2/...; the specification's"
                    + " errors array, not problem+json), and the API keys admins issue for it"),
            @Tag(name = "operations", description = "Background tasks for operators"),
            @Tag(name = "site", description = "What the pages read: notices, map tiles")
        })
@ApplicationPath("api")
public class CoproduceApplication extends Application {

    public static final String DATASOURCE = "java:app/jdbc/coproduce";
}

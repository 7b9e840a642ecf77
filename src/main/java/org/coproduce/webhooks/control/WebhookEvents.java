package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coproduce.changes.control.ChangeRecorded;
import org.coproduce.changes.entity.Change;
import org.coproduce.moderation.control.ReportReceived;
import org.coproduce.platform.Settings;
import org.coproduce.responses.control.ResponsePublished;
import org.coproduce.routing.control.Routes;
import org.coproduce.routing.control.StoryRouted;
import org.coproduce.stories.control.StoryPublished;
import org.coproduce.webhooks.entity.EventTypes;

/**
 * Which events become webhooks, and for whom: a story's to the organisations it was routed to
 * (routing comes first in the publishing transaction, so {@code story.routed} precedes
 * {@code story.published}); a response's to the organisations its story was routed to; a change's
 * to its organisation. Each carries ids, a status and links, nothing a storyteller wrote.
 */
@ApplicationScoped
public class WebhookEvents {

    @Inject
    Webhooks webhooks;

    @Inject
    Routes routes;

    void routed(@Observes StoryRouted event) {
        webhooks.announce(EventTypes.STORY_ROUTED, event.organisationIds(), story(event.storyId(), "ROUTED"));
    }

    void published(@Observes StoryPublished event) {
        webhooks.announce(EventTypes.STORY_PUBLISHED, routes.organisationsOf(event.storyId()), story(event.storyId(), "PUBLISHED"));
    }

    void responded(@Observes ResponsePublished event) {
        var data = story(event.storyId(), "RESPONDED");
        data.put("responseId", event.responseId());
        webhooks.announce(EventTypes.RESPONSE_PUBLISHED, routes.organisationsOf(event.storyId()), data);
    }

    /** A reader's report on a story routed to the organisation: the reason's code, not who reported it or what they wrote. */
    void reported(@Observes ReportReceived event) {
        var data = story(event.storyId(), "REPORTED");
        data.put("responseId", event.responseId());
        data.put("reason", event.reason());
        webhooks.announce(EventTypes.REPORT_RECEIVED, routes.organisationsOf(event.storyId()), data);
    }

    void changed(@Observes ChangeRecorded event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("changeId", event.changeId());
        data.put("status", event.status());
        data.put("link", Settings.baseUrl() + "/change.html?id=" + event.changeId());
        data.put("api", Settings.baseUrl() + "/api/changes/" + event.changeId());
        var organisation = Set.of(event.organisationId());
        if (event.statusBefore() == null || !(Objects.equals(event.statusBefore(), event.status()) || Change.MADE.equals(event.status()))) {
            webhooks.announce(EventTypes.CHANGE_RECORDED, organisation, data);
        }
        if (Change.MADE.equals(event.status()) && !Change.MADE.equals(event.statusBefore())) {
            webhooks.announce(EventTypes.CHANGE_MADE, organisation, data);
        }
    }

    private static Map<String, Object> story(long storyId, String status) {
        var data = new LinkedHashMap<String, Object>();
        data.put("storyId", storyId);
        data.put("status", status);
        data.put("link", Settings.baseUrl() + "/story.html?id=" + storyId);
        data.put("api", Settings.baseUrl() + "/api/stories/" + storyId);
        return data;
    }
}

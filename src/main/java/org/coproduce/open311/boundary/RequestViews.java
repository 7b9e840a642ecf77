package org.coproduce.open311.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.open311.control.RequestStatus;
import org.coproduce.open311.control.ServiceType;
import org.coproduce.open311.control.ServiceTypes;
import org.coproduce.platform.Ids;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.Service;
import org.coproduce.stories.boundary.StoryViews;
import org.coproduce.stories.control.ConversationEntry;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryStatus;

/**
 * A story as an Open311 service request, with the specification's fields in its order. Only what the public story
 * page shows: the published text, the public (coarsened) point, the organisations' answers; never the storyteller's
 * e-mail or words as told. A story that is not public (awaiting moderation, held, hidden, rejected) shows only its
 * number, status, notes and time; a withdrawn one is not found.
 */
@ApplicationScoped
public class RequestViews {

    @Inject
    Stories stories;

    @Inject
    StoryViews views;

    @Inject
    ServiceTypes types;

    @Inject
    Directory directory;

    /** The request of any state but withdrawn; empty for an unknown number. */
    public Optional<Map<String, Object>> find(String id, String language) {
        return Ids.parse(id).flatMap(stories::find).filter(s -> s.status() != StoryStatus.WITHDRAWN)
                .map(s -> s.published() ? published(s, language) : notPublic(s, language));
    }

    /** Whether the view (of a published story) has this status and, when codes are given, one of these service codes. */
    static boolean matches(Map<String, Object> view, List<String> statuses, List<String> codes) {
        return (statuses.isEmpty() || statuses.contains(view.get("status"))) && (codes.isEmpty() || codes.contains(view.get("service_code")));
    }

    Map<String, Object> published(Story s, String language) {
        var type = types.ofStory(new ArrayList<>(s.serviceIds()), s.category(), language);
        var status = RequestStatus.of(s.status(), s.progress());
        List<ConversationEntry> responses = status == RequestStatus.CLOSED ? views.published(s, true, language).responses() : List.of();
        var answer = responses.stream().filter(r -> "PROVIDER".equals(r.kind()))
                .max(Comparator.comparing(ConversationEntry::publishedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
        var service = type.flatMap(ServiceType::serviceId).flatMap(directory::service);
        var fields = head(s, status, notes(s, answer, language));
        fields.put("service_name", type.map(ServiceType::name).orElse(null));
        fields.put("service_code", type.map(ServiceType::code).orElse(null));
        fields.put("description", s.publishedBody());
        String agencies = views.services(s).stream().map(r -> r.organisationName()).distinct().collect(Collectors.joining("; "));
        fields.put("agency_responsible", agencies.isEmpty() ? null : agencies);
        fields.put("service_notice", null);
        fields.put("requested_datetime", w3(s.submittedAt()));
        fields.put("updated_datetime", w3(Stream.of(Optional.ofNullable(s.publishedAt()), Optional.ofNullable(s.moderatorsEditedAt()),
                answer.map(ConversationEntry::publishedAt), answer.map(ConversationEntry::editedAt)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder()).orElse(s.submittedAt())));
        fields.put("address", service.map(RequestViews::address).orElse(null));
        fields.put("zipcode", service.map(Service::postcode).orElse(null));
        fields.put("lat", s.latitude() != null ? s.latitude() : service.map(Service::point).map(p -> p.latitude()).orElse(null));
        fields.put("long", s.longitude() != null ? s.longitude() : service.map(Service::point).map(p -> p.longitude()).orElse(null));
        fields.put("media_url", null);
        return fields;
    }

    private static Map<String, Object> notPublic(Story s, String language) {
        var fields = head(s, RequestStatus.of(s.status(), s.progress()), RequestStatus.notes(s.status(), s.progress(), language));
        Stream.of("service_name", "service_code", "description", "agency_responsible", "service_notice").forEach(f -> fields.put(f, null));
        fields.put("requested_datetime", w3(s.submittedAt()));
        fields.put("updated_datetime", w3(s.submittedAt()));
        Stream.of("address", "zipcode", "lat", "long", "media_url").forEach(f -> fields.put(f, null));
        return fields;
    }

    private static Map<String, Object> head(Story s, RequestStatus status, String notes) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("service_request_id", String.valueOf(s.id()));
        fields.put("status", status.wire());
        fields.put("status_notes", notes);
        return fields;
    }

    /** The progress in words, followed by the organisation's latest published answer (public on the story page too). */
    private static String notes(Story s, Optional<ConversationEntry> answer, String language) {
        String progress = RequestStatus.notes(s.status(), s.progress(), language);
        return answer.filter(a -> RequestStatus.answered(s.progress()))
                .map(a -> progress + " " + (a.organisationName() == null ? "" : a.organisationName() + ": ") + a.text()
                        + (a.change() == null ? "" : " (" + a.change().description() + ")"))
                .orElse(progress);
    }

    private static String address(Service s) {
        String joined = Stream.of(s.address(), s.postcode(), s.city()).filter(Objects::nonNull).filter(t -> !t.isBlank())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    /** The W3C profile of ISO 8601 the specification asks for, in UTC, to the second. */
    static String w3(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

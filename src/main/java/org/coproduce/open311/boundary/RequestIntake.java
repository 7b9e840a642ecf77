package org.coproduce.open311.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.open311.control.ServiceType;
import org.coproduce.open311.control.ServiceTypes;
import org.coproduce.open311.entity.ApiKey;
import org.coproduce.platform.Digests;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.ValidationErrors;
import org.coproduce.problems.Violation;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.boundary.StorySubmission;
import org.coproduce.stories.boundary.Submissions;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.control.Storytelling;

/**
 * A posted Open311 request becomes a story, checked by the same rules and told through the same
 * {@link Storytelling} as {@code POST /api/stories}: hourly limit, analysis (personal data, safeguarding),
 * moderation before anything is public, the follow link e-mailed when an address is given. What the specification
 * lets a client send beyond that is not kept: names, phone, device and account ids, media URLs (docs/open311.md).
 * The hourly limit counts per key and device ({@code device_id}), so one app's users do not share one allowance.
 */
@ApplicationScoped
public class RequestIntake {

    static final int DESCRIPTION_MAX = 4_000;
    static final int ADDRESS_MAX = 500;
    static final int TITLE_MAX = 80;

    /** Our field names as the specification calls them, so a client knows which of its fields to correct. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("serviceIds", "service_code"),
            Map.entry("category", "service_code"), Map.entry("title", "description"), Map.entry("story", "description"),
            Map.entry("email", "email"), Map.entry("latitude", "lat"), Map.entry("longitude", "long"));

    @Inject
    ServiceTypes types;

    @Inject
    Directory directory;

    @Inject
    Storytelling storytelling;

    @Inject
    Clients clients;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** Tells the request as a story; every invalid field named at once, by its Open311 name. */
    public long tell(FormBody form, ApiKey key, String language) {
        var violations = new ArrayList<Violation>();
        String code = form.get("service_code");
        var type = types.find(code, language);
        if (code == null) {
            violations.add(new Violation("service_code", "is required: one of GET /open311/v2/services"));
        } else if (type.isEmpty()) {
            violations.add(new Violation("service_code", "no service type has this code: see GET /open311/v2/services"));
        }
        Double latitude = number(form, "lat", violations);
        Double longitude = number(form, "long", violations);
        if (type.isPresent() && type.get().serviceId().isEmpty() && (latitude == null || longitude == null)) {
            violations.add(new Violation(latitude == null ? "lat" : "long", "is required with a category's code: give lat and long"));
        }
        String description = form.get("description");
        if (description == null) {
            violations.add(new Violation("description", "is required: what happened"));
        } else if (description.length() > DESCRIPTION_MAX) {
            violations.add(new Violation("description", "is longer than 4000 characters"));
        }
        String address = form.get("address_string");
        if (address != null && address.length() > ADDRESS_MAX) {
            violations.add(new Violation("address_string", "is longer than 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        var submission = submission(type.orElseThrow(), description, address, form.get("email"), latitude, longitude, language);
        var constraints = validator.validate(submission).stream().map(v -> new Violation(ValidationErrors.field(v), v.getMessage())).toList();
        Submissions.Checked checked;
        try {
            checked = Submissions.check(submission, constraints, id -> directory.service(id).filter(s -> !s.retired()).isPresent(), clock,
                    language);
        } catch (InvalidInput invalid) {
            throw new InvalidInput(invalid.violations().stream().map(v -> new Violation(FIELDS.getOrDefault(v.field(), v.field()), v.message()))
                    .toList());
        }
        String device = form.get("device_id");
        String client = clients.hash("open311|" + key.id() + "|" + (device == null ? "" : device));
        return storytelling.tell(checked.text(), checked.context(), new Storytelling.Submission(null, Digests.sha256(submission.toString()),
                client)).id();
    }

    private StorySubmission submission(ServiceType type, String description, String address, String email, Double latitude,
            Double longitude, String language) {
        String place = address == null ? "" : "\n\n" + ("de".equals(language) ? "Ort: " : "Place: ") + address;
        return new StorySubmission(type.serviceId().map(List::of).orElse(null), type.serviceId().isPresent() ? null : type.category()
                .map(Enum::name).orElse(null), "OTHER", YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString(), title(description),
                description + place, null, null, null, email, latitude, longitude, false);
    }

    /** The first line of the description, cut at a word within 80 characters: moderators give the public title. */
    static String title(String description) {
        String line = description.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= TITLE_MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', TITLE_MAX - 1);
        return line.substring(0, cut > TITLE_MAX / 2 ? cut : TITLE_MAX - 1).strip() + "…";
    }

    private static Double number(FormBody form, String field, List<Violation> violations) {
        String text = form.get(field);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        violations.add(new Violation(field, "must be a number (WGS84 degrees)"));
        return null;
    }
}

package org.coproduce.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.coproduce.analysis.control.TaxonomyNames;
import org.coproduce.platform.Digests;
import org.coproduce.providers.entity.Service;
import org.coproduce.responses.control.Responding;
import org.coproduce.responses.entity.ChangeRecord;
import org.coproduce.responses.entity.StoryResponse;
import org.coproduce.routing.control.Deadlines;
import org.coproduce.routing.control.Responsibility;
import org.coproduce.routing.entity.StoryRoute;
import org.coproduce.stories.entity.Polarity;
import org.coproduce.stories.entity.Progress;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;
import org.coproduce.stories.entity.ThemeTag;

/**
 * A few hundred published stories made of real Friends and Family Test comments (the bundled
 * fft-qdc-v6 data; see its ATTRIBUTION.md), spread over the UK demo services and the last 24
 * months, with their coders' topics as themes; some answered, some with a change planned or made (which goes into
 * the change register as a published response's change does).
 * Comments that look like they hold a name or a number are left out.
 */
@ApplicationScoped
public class DemoStories {

    static final String DATA = "org/coproduce/analysis/training/fft-qdc-v6/v6framework_230831.csv";
    static final int COUNT = 300;
    private static final Pattern PERSONAL = Pattern.compile(
            "X{3,}|\\b(Dr|Nurse|Mr|Mrs|Ms|Miss|Sister)\\.? [A-Z]|\\d{5,}|@|\\b[A-Z][a-z]+ [A-Z][a-z]+ (was|is)\\b");
    private static final Relation[] RELATIONS = {Relation.SERVICE_USER, Relation.SERVICE_USER, Relation.SERVICE_USER,
        Relation.RELATIVE, Relation.CARER, Relation.OTHER};

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyNames names;

    @Inject
    Responsibility responsibility;

    @Inject
    Clock clock;

    @Inject
    Responding responding;

    void load(List<Service> services, long responderId) {
        var random = new Random(42);
        var rows = comments();
        Collections.shuffle(rows, random);
        Instant now = clock.instant();
        for (int i = 0; i < Math.min(COUNT, rows.size()); i++) {
            var row = rows.get(i);
            Service service = services.get(i % services.size());
            Instant published = now.minus(Duration.ofMinutes(random.nextInt(730 * 24 * 60)));
            story(row, service, published, random, responderId);
        }
    }

    private void story(CSVRecord row, Service service, Instant published, Random random, long responderId) {
        String comment = row.get("FFT answer").strip();
        int sentiment = Integer.parseInt(row.get("Comment sentiment"));
        String happened = YearMonth.from(published.minus(Duration.ofDays(random.nextInt(40))).atZone(ZoneOffset.UTC)).toString();
        var context = new StoryContext(Set.of(service.id()), null, RELATIONS[random.nextInt(RELATIONS.length)], happened,
                null, null, null);
        var story = new Story(new StoryText(title(comment), comment, null, null, null), context,
                Digests.sha256(Digests.randomToken()), published.minus(Duration.ofHours(20)));
        int criticality = Math.max(0, sentiment - 2);
        story.publish(title(comment), comment, criticality, themes(row, sentiment), published);
        em.persist(story);
        em.flush();
        var due = Deadlines.due(published, criticality);
        double answered = random.nextDouble();
        Instant respondedAt = answered < 0.35 ? published.plus(Duration.ofHours(6 + random.nextInt(24 * 20))) : null;
        for (long organisation : responsibility.organisationsFor(story)) {
            var route = new StoryRoute(story.id(), organisation, due);
            if (respondedAt != null && organisation == service.organisation().id()) {
                route.responded(respondedAt);
            }
            em.persist(route);
        }
        if (respondedAt != null) {
            respond(story, service, respondedAt, answered, responderId);
        }
    }

    private void respond(Story story, Service service, Instant at, double roll, long responderId) {
        ChangeRecord change = roll < 0.06 ? new ChangeRecord(ChangeRecord.MADE, "We changed how we work after stories like this one.")
                : roll < 0.14 ? new ChangeRecord(ChangeRecord.PLANNED, "We are reviewing this with the team and will report back.")
                : null;
        var response = StoryResponse.byProvider(story.id(), responderId, "Patient experience team", "Patient experience team",
                service.organisation().id(), "Thank you for taking the time to tell us about your experience. "
                        + "We have shared it with the team at " + service.name() + ".", change, at);
        response.publish(at);
        em.persist(response);
        story.advance(Progress.RESPONDED);
        responding.register(response);
    }

    private List<ThemeTag> themes(CSVRecord row, int sentiment) {
        var tags = new ArrayList<ThemeTag>();
        Polarity polarity = sentiment <= 2 ? Polarity.GOOD : Polarity.IMPROVE;
        for (var entry : row.toMap().entrySet()) {
            if ("1".equals(entry.getValue().strip())) {
                names.taxonomy().codeOfV6Topic(entry.getKey()).filter(code -> tags.stream().noneMatch(t -> t.code().equals(code)))
                        .ifPresent(code -> tags.add(new ThemeTag(code, polarity)));
            }
        }
        return tags;
    }

    static String title(String comment) {
        String first = comment.split("(?<=[.!?])\\s+", 2)[0].strip();
        if (first.length() <= 70) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 67);
        return first.substring(0, cut > 20 ? cut : 67) + "…";
    }

    private List<CSVRecord> comments() {
        try (var in = getClass().getClassLoader().getResourceAsStream(DATA);
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            var rows = new ArrayList<CSVRecord>();
            for (CSVRecord row : format.parse(reader)) {
                String text = row.get("FFT answer").strip();
                if (text.length() >= 80 && text.length() <= 1500 && !row.get("Comment sentiment").isBlank()
                        && !PERSONAL.matcher(text).find()) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

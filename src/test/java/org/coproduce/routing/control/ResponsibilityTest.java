package org.coproduce.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.Organisation;
import org.coproduce.providers.entity.Service;
import org.coproduce.providers.entity.ServiceCategory;
import org.coproduce.routing.entity.RoutingRule;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.coproduce.stories.entity.StoryContext;
import org.coproduce.stories.entity.StoryText;
import org.coproduce.testing.Fields;
import org.coproduce.testing.InMemoryEntityManager;
import org.junit.jupiter.api.Test;

/**
 * Who answers for a story: the organisations of its services and all their parents, plus every
 * organisation whose routing rule takes the story's category (of its services or its own) at its
 * place (its own, else its first located service's).
 */
class ResponsibilityTest {

    static final GeoPoint LEEDS = new GeoPoint(53.80, -1.55);
    static final GeoPoint BRADFORD = new GeoPoint(53.795, -1.759);
    static final GeoPoint FREIBURG = new GeoPoint(47.99, 7.84);

    final Organisation trust = Fields.withId(new Organisation("Aire Valley NHS Foundation Trust", null), 1L);
    final Organisation north = Fields.withId(new Organisation("Aire Valley Hospital North", trust), 2L);
    final Organisation ward = Fields.withId(new Organisation("Ward 3", north), 3L);
    final Organisation council = Fields.withId(new Organisation("Leeds City Council", null), 4L);
    final Organisation care = Fields.withId(new Organisation("Leeds Care Partnership", null), 10L);
    final Organisation freiburg = Fields.withId(new Organisation("Klinikum Freiburg-Dreisam", null), 11L);
    final Service emergency = located(Fields.withId(new Service(ward, "Emergency Department", ServiceCategory.HEALTH), 100L), LEEDS);
    final Service housing = Fields.withId(new Service(council, "Housing advice", ServiceCategory.HOUSING), 101L);
    final InMemoryEntityManager db = new InMemoryEntityManager().add(trust, north, ward, council, care, freiburg, emergency, housing);

    static Service located(Service service, GeoPoint point) {
        service.locate(null, null, "Leeds", "GB", point);
        return service;
    }

    Responsibility responsibility() {
        var directory = Fields.set(new Directory(), "em", db.proxy());
        var responsibility = new Responsibility();
        responsibility.directory = directory;
        responsibility.em = db.proxy();
        return responsibility;
    }

    static Story about(Set<Long> services, String category, GeoPoint at) {
        return new Story(new StoryText("T", "Text", null, null, null), new StoryContext(services, category, Relation.CARER, "2026-09",
                null, at == null ? null : at.latitude(), at == null ? null : at.longitude()), "hash", java.time.Instant.EPOCH);
    }

    RoutingRule rule(Organisation organisation, String category, GeoPoint centre, Double radiusKm) {
        var rule = new RoutingRule(organisation.id(), category, centre, radiusKm);
        db.add(rule);
        return rule;
    }

    @Test
    void theServicesOrganisationAndAllItsParentsAnswer() {
        assertEquals(Set.of(3L, 2L, 1L), responsibility().organisationsFor(about(Set.of(100L), null, null)));
    }

    @Test
    void everyServiceBringsItsOwnOrganisations() {
        var story = about(Set.of(100L, 101L), null, null);
        assertEquals(Set.of(3L, 2L, 1L, 4L), responsibility().owners(story));
        assertEquals(Set.of(4L), responsibility().owners(about(Set.of(101L), null, null)));
    }

    @Test
    void unknownServicesAndStoriesWithoutServicesHaveNoOwner() {
        assertEquals(Set.of(), responsibility().organisationsFor(about(Set.of(999L), null, null)));
        assertEquals(Set.of(), responsibility().organisationsFor(about(Set.of(), "HEALTH", LEEDS)));
    }

    @Test
    void aRuleWithoutCategoryOrAreaTakesEveryStory() {
        rule(care, null, null, null);
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(101L), null, null)));
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(), null, null)));
    }

    @Test
    void aCategoryRuleTakesStoriesOfItsServicesCategoryOrTheStorysOwn() {
        rule(care, "HEALTH", null, null);
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(100L), null, null)), "by the service's category");
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(), "HEALTH", null)), "by the story's own category");
        assertEquals(Set.of(), responsibility().byRules(about(Set.of(101L), "HOUSING", null)), "another category");
    }

    @Test
    void anAreaRuleTakesStoriesWithinItsRadiusOnly() {
        rule(care, "HEALTH", LEEDS, 25.0);
        rule(freiburg, "HEALTH", FREIBURG, 25.0);
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(), "HEALTH", BRADFORD)));
        assertEquals(Set.of(11L), responsibility().byRules(about(Set.of(), "HEALTH", FREIBURG)));
        assertEquals(Set.of(), responsibility().byRules(about(Set.of(), "HEALTH", null)), "no place, no area rule");
    }

    @Test
    void theRadiusIsInclusive() {
        double distance = LEEDS.kilometresTo(BRADFORD);
        rule(care, null, LEEDS, distance);
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(), null, BRADFORD)));
        db.add(new RoutingRule(freiburg.id(), null, LEEDS, distance - 0.001));
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(), null, BRADFORD)), "just outside");
    }

    @Test
    void withoutItsOwnPlaceAStoryIsWhereItsServiceIs() {
        rule(care, "HEALTH", LEEDS, 5.0);
        assertEquals(Set.of(10L), responsibility().byRules(about(Set.of(100L), null, null)));
        assertEquals(Set.of(), responsibility().byRules(about(Set.of(100L), null, FREIBURG)), "its own place comes first");
    }

    @Test
    void ownersAndRuleTakersTogetherAnswer() {
        rule(care, "HEALTH", LEEDS, 25.0);
        rule(freiburg, "HEALTH", FREIBURG, 25.0);
        assertEquals(Set.of(3L, 2L, 1L, 10L), responsibility().organisationsFor(about(Set.of(100L), null, null)));
    }
}

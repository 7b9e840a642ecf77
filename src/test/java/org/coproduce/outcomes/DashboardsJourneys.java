package org.coproduce.outcomes;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.OutcomeSteps.total;
import static org.coproduce.testing.OutcomeSteps.value;
import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.testing.OutcomeSteps;
import org.junit.jupiter.api.Test;

/** Who sees which dashboard: quality managers their organisation with small counts, the public everything suppressed below 5. */
public interface DashboardsJourneys extends OutcomeSteps {

    @Test
    default void suppressesSmallNumbersForThePublicAndInExports() {
        long service = newServiceOfHospitalNorth();
        publishedStory(service, "communication.listening");
        String query = "service=" + service + "&month=" + MONTH;
        eventually(() -> demo("quality").get("api/outcomes?" + query), r -> value(total(r).getJsonObject("stories")) == 1);

        var shown = anonymous().get("api/outcomes?" + query);
        assertTrue(shown.json().getBoolean("suppressed"));
        var stories = total(shown).getJsonObject("stories");
        assertTrue(stories.getBoolean("suppressed"));
        assertTrue(stories.isNull("value"));
        var hidden = shown.json().getJsonArray("periods").getJsonObject(0);
        assertTrue(hidden.getJsonObject("drills").containsKey("responded"));
        assertFalse(hidden.getJsonObject("drills").containsKey("overdue"), "overdue is for staff");
        assertProblem(anonymous().get("api/outcomes/stories?" + query + "&overdue=true"), 403);
        var behind = anonymous().get("api/outcomes/stories?" + query).json();
        assertTrue(behind.getBoolean("suppressed"));
        assertEquals(0, behind.getJsonArray("items").size());
        exportsSuppressedForThePublicOnly(query);
    }

    private void exportsSuppressedForThePublicOnly(String query) {
        var csv = anonymous().get("api/outcomes/export.csv?" + query, "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith("scope,scope_id,scope_name,period"), csv.body());
        assertTrue(csv.body().contains("fewer than 5"), csv.body());
        var staffCsv = demo("quality").get("api/outcomes/export.csv?" + query, "text/csv");
        assertFalse(staffCsv.body().lines().skip(1).findFirst().orElseThrow().contains("fewer than 5"), staffCsv.body());
    }

    @Test
    default void namesTheFieldOfABadRequest() {
        var api = anonymous();
        assertEquals(List.of("from"), violated(api.get("api/outcomes?from=2026-13")));
        assertEquals(List.of("from"), violated(api.get("api/outcomes?from=2026-05&to=2026-01")));
        assertEquals(List.of("by"), violated(api.get("api/outcomes?by=fortnight")));
        assertEquals(List.of("week"), violated(api.get("api/outcomes?week=2025-W53")));
        assertEquals(List.of("by"), violated(api.get("api/outcomes?from=2026-W01&to=2026-W05&by=quarter")));
        assertEquals(List.of("to"), violated(api.get("api/outcomes/stories?from=2026-W01&to=2026-05")));
        assertEquals(List.of("criticality"), violated(api.get("api/outcomes/stories?criticality=9")));
        assertEquals(List.of("polarity"), violated(api.get("api/outcomes/stories?polarity=MEH")));
        assertEquals(List.of("organisation"), violated(api.get("api/outcomes?organisation=abc")));
        assertProblem(api.get("api/outcomes?organisation=999999"), 404);
    }

    @Test
    default void showsAQualityManagerTheirOrganisationAndThePublicTheWholePlatform() {
        long trust = organisationNamed("Aire Valley NHS Foundation Trust");
        var own = demo("quality").get("api/outcomes?organisation=" + trust + "&by=year");
        assertEquals(200, own.status(), own.body());
        assertFalse(own.json().getBoolean("suppressed"));
        assertTrue(value(total(own).getJsonObject("stories")) > 0, "demo stories are counted at start");
        assertTrue(demo("quality").get("api/outcomes").json().getBoolean("suppressed"), "not platform-wide");
        assertFalse(demo("admin").get("api/outcomes").json().getBoolean("suppressed"));
    }
}

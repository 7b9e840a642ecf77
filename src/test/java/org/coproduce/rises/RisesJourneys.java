package org.coproduce.rises;

import static org.coproduce.testing.Eventually.eventually;
import static org.coproduce.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.coproduce.testing.OutcomeSteps;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** A theme rising unusually against a service's history is found and the quality managers are told. */
public interface RisesJourneys extends OutcomeSteps {

    @Test
    default void findsAThemeRisingUnusuallyAndTellsTheQualityManagers() throws Exception {
        long service = newServiceOfHospitalNorth();
        aYearOfHistory(service);
        for (int i = 0; i < 5; i++) {
            publishedStory(service, "access.timeliness");
        }
        var quality = demo("quality");
        var rises = eventually(() -> quality.get("api/outcomes/rises?service=" + service), r -> !r.body().equals("[]"), 120);
        var rise = rises.array().getJsonObject(0);
        assertEquals("access.timeliness", rise.getString("code"));
        assertEquals(MONTH, rise.getString("month"));
        assertEquals(5, rise.getJsonNumber("withTheme").longValue());
        assertEquals(5, rise.getJsonNumber("stories").longValue());
        assertTrue(rise.getJsonNumber("pValue").doubleValue() < 0.00135, rise.toString());
        assertTrue(rise.getString("statement").contains("5 of 5 stories"), rise.getString("statement"));
        String name = anonymous().get("api/services/" + service).json().getString("name");
        var mail = org.coproduce.testing.TestMail.awaitMessage("quality@demo.example", " at " + name, Duration.ofSeconds(60))
                .orElseThrow();
        assertTrue(mail.body().contains("5 of 5 stories"), mail.body());
        assertFalse(mail.body().contains("I waited for hours"), "no story text in the e-mail");
        assertProblem(demo("moderator").get("api/outcomes/rises?service=" + service), 403);
        assertEquals(401, anonymous().get("api/outcomes/rises").status());
    }

    /** A year of history, as the generator writes it: 40 stories a month, 2 of them about waiting. */
    private static void aYearOfHistory(long service) throws Exception {
        try (var db = TestDatabase.connect();
                var months = db.prepareStatement("insert into service_month (service_id, ym, stories) values (?, ?, 40)");
                var themes = db.prepareStatement("insert into theme_month (service_id, ym, code, polarity, stories)"
                        + " values (?, ?, 'access.timeliness', 'IMPROVE', 2)")) {
            for (int back = 1; back <= 12; back++) {
                int ym = Integer.parseInt(YearMonth.now(ZoneOffset.UTC).minusMonths(back).toString().replace("-", ""));
                for (var insert : List.of(months, themes)) {
                    insert.setLong(1, service);
                    insert.setInt(2, ym);
                    insert.executeUpdate();
                }
            }
        }
    }
}

package org.coproduce.problems;

import static org.coproduce.testing.Problems.assertProblem;
import static org.coproduce.testing.Problems.violated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.coproduce.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The error contract: application/problem+json naming the field, and 503 within five seconds during an outage. */
public interface ProblemsJourneys extends Journeys {

    @Test
    default void answersUnknownPathsAndWrongMethodsWithProblems() {
        var api = anonymous();
        assertProblem(api.get("api/no-such-thing"), 404);
        assertProblem(api.get("api/services/not-a-number"), 404);
        var wrongMethod = api.send("DELETE", "api/services", null, null);
        assertProblem(wrongMethod, 405);
        assertNotNull(wrongMethod.header("Allow"));
    }

    @Test
    default void answersBadBodiesWithProblemsNamingTheField() {
        var admin = demo("admin");
        assertProblem(admin.post("api/organisations", "{\"name\": "), 400);
        assertProblem(admin.send("POST", "api/organisations", "text/plain", "name=x"), 415);
        var missing = admin.post("api/organisations", "{\"city\":\"Leeds\"}");
        assertProblem(missing, 400);
        assertEquals(List.of("country", "name"), missing.violatedFields());
        var badEnum = admin.post("api/services", "{\"organisationId\":1,\"name\":\"X\",\"category\":\"SPACESHIP\",\"country\":\"GB\"}");
        assertProblem(badEnum, 400);
        assertEquals(List.of("category"), badEnum.violatedFields());
        var badNumber = admin.post("api/services", "{\"organisationId\":\"one\",\"name\":\"X\",\"category\":\"HEALTH\",\"country\":\"GB\"}");
        assertProblem(badNumber, 400);
        assertEquals(List.of("organisationId"), badNumber.violatedFields());
        var tooBig = admin.post("api/organisations", "{\"name\":\"" + "x".repeat(70_000) + "\",\"country\":\"GB\"}");
        assertProblem(tooBig, 413);
    }

    @Test
    default void answersBadQueryParametersWithProblemsNamingTheField() {
        var api = anonymous();
        assertEquals(List.of("page"), violated(api.get("api/services?page=abc")));
        assertEquals(List.of("size"), violated(api.get("api/services?size=100000")));
        assertEquals(List.of("near"), violated(api.get("api/services?near=95,7")));
        assertEquals(List.of("category"), violated(api.get("api/services?category=x")));
    }

    @Test
    default void answers503WithinFiveSecondsWhileTheDatabaseIsDownAndRecovers() throws Exception {
        var api = anonymous();
        assertEquals(200, api.get("api/services").status());
        TestDatabase.proxy().cut();
        try {
            long start = System.nanoTime();
            var down = api.get("api/services?q=x");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertProblem(down, 503);
            assertNotNull(down.header("Retry-After"));
            assertTrue(millis < 5_000, "answered in " + millis + " ms");
        } finally {
            TestDatabase.proxy().restore();
        }
        Reply back = null;
        for (int i = 0; i < 20 && (back == null || back.status() != 200); i++) {
            Thread.sleep(500);
            back = api.get("api/services");
        }
        assertEquals(200, back.status(), "recovers without a restart");
    }
}

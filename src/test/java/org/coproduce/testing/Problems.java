package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Asserts on application/problem+json answers. */
public final class Problems {

    private Problems() {
    }

    /** A problem with this status, a type and a title, and nothing of the server's insides. */
    public static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        var json = reply.json();
        assertEquals(status, json.getInt("status"));
        assertNotNull(json.getString("type"));
        assertNotNull(json.getString("title"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().toLowerCase().contains("select "), reply.body());
    }

    /** The fields a 400 problem names. */
    public static List<String> violated(Reply reply) {
        assertProblem(reply, 400);
        return reply.violatedFields();
    }
}

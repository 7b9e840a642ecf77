package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

/** A "me too" reader leaves an address and confirms it through the link in the confirmation e-mail. */
public final class MeToo {

    public static final String CONFIRM_SUBJECT = "Please confirm your e-mail address";

    private MeToo() {
    }

    /** Leaves the address (202) and returns the confirmation e-mail it gets. */
    public static TestMail.Received left(Api reader, long storyId, String email) throws Exception {
        assertEquals(202, reader.post("api/stories/" + storyId + "/me-too/contact", "{\"email\":\"" + email + "\"}").status());
        return TestMail.awaitMessage(email, CONFIRM_SUBJECT, Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError(
                "no confirmation e-mail to " + email));
    }

    /** Leaves the address and confirms it. */
    public static void confirmed(Api reader, long storyId, String email) throws Exception {
        String token = left(reader, storyId, email).tokenAfter("/confirm.html#");
        var confirmed = reader.post("api/me-too/confirmation", "{\"token\":\"" + token + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
    }
}

package org.coproduce.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SignaturesTest {

    /** The test vector of the Standard Webhooks reference libraries: a receiver's library accepts what we send. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";
    static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signsTheStandardWebhooksTestVectorExactly() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", Signatures.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void aReceiverAcceptsTheSignatureWithinTheToleranceAmongSeveral() {
        String header = "v1,bm9wZQ== " + Signatures.sign(SECRET, ID, TIMESTAMP, BODY);
        assertTrue(Signatures.verify(SECRET, ID, "1614265330", header, BODY, Instant.ofEpochSecond(TIMESTAMP + 299), FIVE_MINUTES));
    }

    @Test
    void refusesAReplayOutsideTheToleranceAndAnyAlteredPart() {
        String signature = Signatures.sign(SECRET, ID, TIMESTAMP, BODY);
        var now = Instant.ofEpochSecond(TIMESTAMP);
        assertFalse(Signatures.verify(SECRET, ID, "1614265330", signature, BODY, now.plusSeconds(301), FIVE_MINUTES), "too old");
        assertFalse(Signatures.verify(SECRET, ID, "1614265331", signature, BODY, now, FIVE_MINUTES), "other timestamp");
        assertFalse(Signatures.verify(SECRET, "msg_other", "1614265330", signature, BODY, now, FIVE_MINUTES), "other id");
        assertFalse(Signatures.verify(SECRET, ID, "1614265330", signature, "{\"test\": 2432232315}", now, FIVE_MINUTES), "other body");
        assertFalse(Signatures.verify(Signatures.newSecret(), ID, "1614265330", signature, BODY, now, FIVE_MINUTES), "other secret");
        assertFalse(Signatures.verify(SECRET, ID, "soon", signature, BODY, now, FIVE_MINUTES), "no number");
    }

    @Test
    void newSecretsAreTheSpecificationsShapeAndDiffer() {
        String secret = Signatures.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(24, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, Signatures.newSecret());
    }
}

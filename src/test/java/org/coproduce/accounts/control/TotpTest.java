package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 Appendix B: the SHA-1 key is the ASCII of "12345678901234567890". */
    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheSha1TestVectorsOfRfc6238AppendixB() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] codes = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        for (int i = 0; i < times.length; i++) {
            assertEquals(codes[i], Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(times[i])), 8), "T = " + times[i]);
        }
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheEightDigitOnes() {
        assertEquals("287082", Totp.code(RFC_KEY, Instant.ofEpochSecond(59)));
        assertEquals("005924", Totp.code(RFC_KEY, Instant.ofEpochSecond(1234567890)));
    }

    @Test
    void acceptsOneStepEitherSideOfNowButNotTwo() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        for (int offset = -1; offset <= 1; offset++) {
            String code = Totp.code(RFC_KEY, step + offset, 6);
            assertEquals(OptionalLong.of(step + offset), Totp.matchingStep(RFC_KEY, code, now, 0), "offset " + offset);
        }
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now, 0).isEmpty(), "a minute old");
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6), now, 0).isEmpty(), "a minute ahead");
    }

    @Test
    void refusesACodeOfAStepUsedAlreadyOrEarlier() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.code(RFC_KEY, now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(RFC_KEY, code, now, step - 1));
        assertTrue(Totp.matchingStep(RFC_KEY, code, now, step).isEmpty(), "replayed");
        assertTrue(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now, step).isEmpty(), "older than the last used");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now, step));
    }

    @Test
    void refusesWhatIsNotSixDigits() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(Totp.matchingStep(RFC_KEY, null, now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY, "94287082", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_KEY, "28708x", now, 0).isEmpty());
    }

    @Test
    void writesAnOtpauthUriWithTheBase32Secret() {
        assertEquals("otpauth://totp/Coproduce:mo%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Coproduce"
                + "&algorithm=SHA1&digits=6&period=30", Totp.uri("Coproduce", "mo@example.org", RFC_KEY));
    }
}

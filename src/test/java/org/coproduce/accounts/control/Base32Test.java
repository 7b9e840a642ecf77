package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base32Test {

    /** RFC 4648 section 10. */
    @Test
    void encodesTheTestVectorsOfRfc4648() {
        String[][] vectors = {{"", ""}, {"f", "MY======"}, {"fo", "MZXQ===="}, {"foo", "MZXW6==="}, {"foob", "MZXW6YQ="},
            {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI======"}};
        for (String[] v : vectors) {
            byte[] bytes = v[0].getBytes(StandardCharsets.US_ASCII);
            assertEquals(v[1], Base32.encode(bytes, true), v[0]);
            assertEquals(v[1].replace("=", ""), Base32.encode(bytes, false), v[0]);
            assertArrayEquals(bytes, Base32.decode(v[1]), v[1]);
        }
    }

    @Test
    void readsWhatPeopleTypeAndRefusesOtherCharacters() {
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb-oi"));
        assertThrows(IllegalArgumentException.class, () -> Base32.decode("MZXW1"));
    }
}

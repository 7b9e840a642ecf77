package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealingTest {

    static final byte[] KEY = new byte[32];
    static final byte[] SECRET = "12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void opensWhatItSealedAndNeverShowsTheSecret() {
        String sealed = Sealing.seal(KEY, "7", SECRET);
        assertArrayEquals(SECRET, Sealing.open(KEY, "7", sealed));
        assertFalse(new String(Base64.getDecoder().decode(sealed), java.nio.charset.StandardCharsets.ISO_8859_1).contains("1234567890"));
        assertNotEquals(sealed, Sealing.seal(KEY, "7", SECRET), "a fresh nonce each time");
    }

    @Test
    void refusesAnotherRowAnotherKeyOrAnAlteredValue() {
        String sealed = Sealing.seal(KEY, "7", SECRET);
        assertThrows(IllegalStateException.class, () -> Sealing.open(KEY, "8", sealed));
        byte[] other = KEY.clone();
        other[0] = 1;
        assertThrows(IllegalStateException.class, () -> Sealing.open(other, "7", sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> Sealing.open(KEY, "7", Base64.getEncoder().encodeToString(bytes)));
    }
}

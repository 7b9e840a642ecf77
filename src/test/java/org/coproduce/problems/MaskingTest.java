package org.coproduce.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void masksTheLocalPartAndKeepsTheDomain() {
        assertEquals("a***@example.org", Masking.emails("anna@example.org"));
        assertEquals("Invalid Addresses: <b***@mail.example.co.uk>, j***@beispiel.de;",
                Masking.emails("Invalid Addresses: <bob.smith+nhs@mail.example.co.uk>, jürgen@beispiel.de;"));
    }

    @Test
    void leavesTextWithoutAddressesAlone() {
        assertNull(Masking.emails(null));
        assertEquals("Connection refused: localhost:25", Masking.emails("Connection refused: localhost:25"));
        assertEquals("@ mention and a@b", Masking.emails("@ mention and a@b"));
    }

    @Test
    void masksExceptionsAndTheirCauses() {
        var e = new IllegalStateException("SMTP failed", new RuntimeException("550 5.1.1 <carol@example.org>: unknown"));
        assertEquals("java.lang.IllegalStateException: SMTP failed", Masking.describe(e));
        String trace = Masking.trace(e);
        assertTrue(trace.contains("c***@example.org"), trace);
        assertFalse(trace.contains("carol@"), trace);
        assertEquals("java.lang.RuntimeException: 550 5.1.1 <c***@example.org>: unknown", Masking.describe(e.getCause()));
    }

    @Test
    void runsInLinearTimeOnHostileText() {
        String hostile = "a".repeat(100_000) + "@" + "b.".repeat(50_000) + "@".repeat(50_000) + "x@".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Masking.emails(hostile));
    }
}

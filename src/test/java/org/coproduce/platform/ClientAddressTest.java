package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void behindATrustedProxyTheLastForwardedHopIsTheClient() {
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "198.51.100.1, 203.0.113.9", true));
        assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "203.0.113.9", true));
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "203.0.113.9", false));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", " , ", true));
        assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, true));
    }
}

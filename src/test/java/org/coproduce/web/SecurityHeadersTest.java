package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void allowsNoInlineScriptOrStyleButTheTileServerImages() {
        String policy = SecurityHeaders.policy(new Tiles(Tiles.OPENSTREETMAP, "©"));
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertTrue(policy.contains("style-src 'self';"), policy);
        assertTrue(policy.contains("img-src 'self' data: https://tile.openstreetmap.org;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void tileOriginKeepsAPortAndIgnoresRelativeTemplates() {
        assertEquals("http://tiles.example:8081", new Tiles("http://tiles.example:8081/{z}/{x}/{y}.png", "").origin());
        assertEquals("https://a.tile.example", new Tiles("https://{s}.tile.example/{z}/{x}/{y}.png".replace("{s}", "a"), "").origin());
        assertEquals("", new Tiles("tiles/{z}/{x}/{y}.png", "").origin());
    }
}

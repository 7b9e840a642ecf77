package org.coproduce.following.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WidgetsTest {

    @Test
    void anOriginIsSchemeHostAndPortInLowerCase() {
        assertEquals(Optional.of("https://www.example.org"), Widgets.origin(" https://WWW.Example.org/ "));
        assertEquals(Optional.of("http://localhost:8080"), Widgets.origin("http://localhost:8080"));
    }

    @Test
    void anythingThatCouldWidenThePolicyIsRefused() {
        for (String bad : new String[] {"*", "https://*.example.org", "https://example.org/path", "https://example.org; script-src *",
            "'self'", "data:", "ftp://example.org", "https://user@example.org", "example.org", "https://", ""}) {
            assertEquals(Optional.empty(), Widgets.origin(bad), bad);
        }
    }
}

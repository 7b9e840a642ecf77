package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionPassTest {

    @Test
    void logsCountsOnlyInTheOrderTheyCame() {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("client hashes", 3);
        purged.put("outbox rows", 12);
        purged.put("storyteller addresses", 0);
        assertEquals("3 client hashes, 12 outbox rows, 0 storyteller addresses", RetentionPass.counts(purged));
        assertEquals("nothing", RetentionPass.counts(Map.of()));
    }
}

package org.coproduce.moderation.control;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ItemAuditTest {

    @Test
    void keepsOnlyProposalsCommentsAndBarriers() {
        assertThrows(IllegalArgumentException.class, () -> new ItemAudit().decided("STORY", 1, 1, "PUBLISH", null),
                "a story's decisions are in its own trail");
    }
}

package org.coproduce.moderation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class ItemDecisionsResourceTest {

    @Test
    void readsTheKindsAskedForAndNamesTheFieldForAnythingElse() {
        assertEquals(List.of("PROPOSAL", "COMMENT", "BARRIER"), ItemDecisionsResource.kinds(null), "all by default");
        assertEquals(List.of("PROPOSAL", "COMMENT", "BARRIER"), ItemDecisionsResource.kinds(" "));
        assertEquals(List.of("COMMENT", "BARRIER"), ItemDecisionsResource.kinds("COMMENT, BARRIER"));
        var refused = assertThrows(InvalidInput.class, () -> ItemDecisionsResource.kinds("PROPOSAL,STORY"));
        assertEquals("kind", refused.violations().getFirst().field());
    }
}

package org.coproduce.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void aBodyThatCouldNotBeReadIsRefusedOnlyWhenTheMethodAsksForIt() {
        var inputs = new Inputs();
        var unreadable = new JsonbException("Unable to deserialize property 'origins'");
        inputs.holdBack(unreadable);
        assertSame(unreadable, assertThrows(JsonbException.class, () -> inputs.readable(null)));
        assertSame(unreadable, assertThrows(JsonbException.class, () -> inputs.valid(null)));
        assertTrue(JsonErrors.causedByJson(unreadable), "answered as malformed JSON, 400, by the error contract");
    }

    @Test
    void aMissingBodyIsA400NamingTheBody() {
        var refused = assertThrows(InvalidInput.class, () -> new Inputs().valid(null));
        assertEquals(List.of(new Violation("body", "must not be null")), refused.violations());
    }

    @Test
    void noBodyIsReadableAsNone() {
        assertNull(new Inputs().readable((Object) null));
    }
}

package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void recoveryCodesAreThreeGroupsOfFourBase32CharactersAndDiffer() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String code = SecondFactors.recoveryCode();
            assertTrue(code.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"), code);
            seen.add(code);
        }
        assertEquals(1000, seen.size(), "60 random bits each");
    }

    @Test
    void caseSpacesAndHyphensDoNotMatter() {
        assertEquals("abcdefgh2345", SecondFactors.normalised(" ABCD efgh-2345 "));
    }
}

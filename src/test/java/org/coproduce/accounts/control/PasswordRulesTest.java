package org.coproduce.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduce.problems.InvalidInput;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void shipsTheWholeList() {
        assertTrue(PasswordRules.size() > 49_000, "entries: " + PasswordRules.size());
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertTrue(PasswordRules.common("qwertyuiop123"));
        assertTrue(PasswordRules.common("1qaz2wsx3edc"));
        assertTrue(PasswordRules.common("QwertyUIOP123"));
        assertTrue(PasswordRules.common("Password2024!"), "digits and symbols around a common word");
        assertTrue(PasswordRules.common("!!!Football99"));
        assertTrue(PasswordRules.common("qwertyqwerty"), "a common one written twice");
        assertTrue(PasswordRules.common("aaaaaaaaaaaa"));
    }

    @Test
    void acceptsPassphrasesThatAreNotOnTheList() {
        assertFalse(PasswordRules.common("correct horse battery"));
        assertFalse(PasswordRules.common("a long enough password"));
        assertDoesNotThrow(() -> PasswordRules.check("newPassword", "Tuesday kettles sing 7"));
    }

    @Test
    void namesTheFieldAndSaysWhy() {
        var common = assertThrows(InvalidInput.class, () -> PasswordRules.check("newPassword", "Password123456"));
        assertEquals("newPassword", common.violations().getFirst().field());
        assertTrue(common.violations().getFirst().message().contains("too common"));
        var shortOne = assertThrows(InvalidInput.class, () -> PasswordRules.check("password", "k7#Lq9!x"));
        assertEquals("password", shortOne.violations().getFirst().field());
        assertEquals("must be 12 to 200 characters", shortOne.violations().getFirst().message());
        assertThrows(InvalidInput.class, () -> PasswordRules.check("password", "x".repeat(201)));
    }
}

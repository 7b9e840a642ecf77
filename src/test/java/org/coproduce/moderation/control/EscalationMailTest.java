package org.coproduce.moderation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EscalationMailTest {

    @Test
    void concernsAreNamedInPlainWordsOnceEach() {
        assertEquals("- someone may be thinking of ending their life (suicide)\n- someone may be being abused or assaulted (abuse)",
                EscalationMail.concerns("I want to die. He hit me. He hit me again.", Locale.ENGLISH));
    }

    @Test
    void concernsInGerman() {
        assertEquals("- jemand denkt vielleicht daran, sich das Leben zu nehmen (Suizidgefahr)",
                EscalationMail.concerns("Ich will nicht mehr leben.", Locale.GERMAN));
    }

    @Test
    void noConcernFoundSaysSo() {
        assertEquals("nothing: the moderator escalated on their own judgement", EscalationMail.concerns("All fine.", Locale.ENGLISH));
        assertEquals("nichts: die Moderation hat nach eigenem Urteil weitergegeben", EscalationMail.concerns(null, Locale.GERMAN));
    }

    @Test
    void rejectionReasonsParseAndKeepTheNote() {
        assertEquals(RejectionReason.OFF_TOPIC, RejectionReason.parse(" off_topic ").orElseThrow());
        assertEquals(java.util.Optional.empty(), RejectionReason.parse("BORING"));
        assertEquals("OTHER: late", RejectionReason.OTHER.withNote("late"));
        assertEquals("OFFENSIVE", RejectionReason.OFFENSIVE.withNote(" "));
    }
}

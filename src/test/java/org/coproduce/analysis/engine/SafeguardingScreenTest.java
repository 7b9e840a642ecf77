package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduce.analysis.entity.SafeguardingFlag;
import org.coproduce.analysis.entity.SafeguardingKind;
import org.junit.jupiter.api.Test;

class SafeguardingScreenTest {

    final SafeguardingScreen screen = new SafeguardingScreen();

    List<SafeguardingKind> kinds(String text) {
        return screen.screen(text).stream().map(SafeguardingFlag::kind).distinct().toList();
    }

    @Test
    void flagsEnglishTriggers() {
        assertEquals(List.of(SafeguardingKind.SUICIDE), kinds("I told them I wanted to die and nobody listened."));
        assertEquals(List.of(SafeguardingKind.SELF_HARM), kinds("She has been self-harming again since she came home."));
        assertEquals(List.of(SafeguardingKind.ABUSE), kinds("A carer slapped my grandmother."));
        assertEquals(List.of(SafeguardingKind.NEGLECT), kinds("Dad was left in soiled sheets all night."));
        assertEquals(List.of(SafeguardingKind.VIOLENCE), kinds("Another patient threatened me with a knife."));
    }

    @Test
    void flagsGermanTriggers() {
        assertEquals(List.of(SafeguardingKind.SUICIDE), kinds("Mein Sohn hat Suizidgedanken und bekommt keinen Termin."));
        assertEquals(List.of(SafeguardingKind.SELF_HARM), kinds("Sie ritzt sich wieder."));
        assertEquals(List.of(SafeguardingKind.ABUSE), kinds("Im Heim wurde meine Mutter geschlagen."));
        assertEquals(List.of(SafeguardingKind.NEGLECT), kinds("Mein Vater hat sich wundgelegen, niemand hat ihn umgelagert."));
        assertEquals(List.of(SafeguardingKind.VIOLENCE), kinds("Ein Mitpatient hat mich bedroht."));
    }

    @Test
    void quotesThePassageAroundTheTrigger() {
        SafeguardingFlag flag = screen.screen("Everything was fine until the night nurse threatened my son.").getFirst();
        assertTrue(flag.text().contains("threatened my son"), flag.text());
    }

    @Test
    void staysQuietOnOrdinaryFeedback() {
        assertEquals(List.of(), kinds("Lovely staff, the food was good and the parking easy. Danke, alles super!"));
    }
}

package org.coproduce.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.coproduce.analysis.control.AnalysisSettings;
import org.coproduce.analysis.entity.Analysis;
import org.coproduce.analysis.entity.Language;
import org.coproduce.analysis.entity.PersonalDataKind;
import org.coproduce.analysis.entity.SafeguardingKind;
import org.coproduce.analysis.entity.Sentiment;
import org.coproduce.analysis.entity.SuggestedTheme;
import org.coproduce.stories.entity.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnalyserTest {

    static Analyser analyser;

    @BeforeAll
    static void train() {
        analyser = new Analyser(AnalysisSettings.modelCache());
    }

    static SuggestedTheme theme(Analysis analysis, String code) {
        return analysis.themes().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + analysis.themes()));
    }

    @Test
    void rudeNurseIsStaffMannerThatCouldImprove() {
        Analysis analysis = analyser.analyse("The nurse was rude.");
        SuggestedTheme manner = theme(analysis, "staff.manner");
        assertEquals(Polarity.IMPROVE, manner.polarity());
        assertEquals("Staff manner & personal attributes", manner.label());
        assertEquals("Staff", manner.category());
        assertEquals(Sentiment.NEGATIVE, analysis.sentiment());
    }

    @Test
    void longWaitIsTimelinessThatCouldImprove() {
        Analysis analysis = analyser.analyse("We waited over six hours in A&E before anyone saw my son.");
        assertEquals(Polarity.IMPROVE, theme(analysis, "access.timeliness").polarity());
    }

    @Test
    void mixedStoryGetsBothThemesWithTheirOwnPolarity() {
        Analysis analysis = analyser.analyse("The staff were lovely and so kind to my mum. "
                + "But the food was cold and tasteless every single day.");
        assertEquals(Polarity.GOOD, theme(analysis, "staff.manner").polarity());
        assertEquals(Polarity.IMPROVE, theme(analysis, "environment.food").polarity());
    }

    @Test
    void praiseIsPositiveAndNotCritical() {
        Analysis analysis = analyser.analyse("Excellent service, thank you so much to everyone, I could not fault anything.");
        assertEquals(Language.EN, analysis.language());
        assertEquals(Sentiment.POSITIVE, analysis.sentiment());
        assertEquals(0, analysis.criticality());
        assertEquals(Polarity.GOOD, theme(analysis, "general.positive").polarity());
    }

    @Test
    void harshCriticismIsMoreCriticalThanMildCriticism() {
        int harsh = analyser.analyse("Absolutely disgusting treatment. Nobody cared, my father was left in pain "
                + "all night and the staff were rude and dismissive. Worst hospital ever.").criticality();
        int mild = analyser.analyse("Parking was a bit tricky but otherwise fine.").criticality();
        assertTrue(harsh >= 3, "harsh " + harsh);
        assertTrue(mild < harsh, "mild " + mild + " harsh " + harsh);
    }

    @Test
    void germanStoryGetsGermanThemesAndLabels() {
        Analysis analysis = analyser.analyse("Der Pfleger auf der Station war total unfreundlich und hat meine Mutter "
                + "angeschrien. Außerdem mussten wir fünf Stunden in der Notaufnahme warten.");
        assertEquals(Language.DE, analysis.language());
        SuggestedTheme manner = theme(analysis, "staff.manner");
        assertEquals("Umgangston & Auftreten des Personals", manner.label());
        assertEquals("Personal", manner.category());
        assertEquals(Polarity.IMPROVE, manner.polarity());
        theme(analysis, "access.timeliness");
        assertEquals(Sentiment.NEGATIVE, analysis.sentiment());
    }

    @Test
    void findsPersonalDataInTheStory() {
        String story = "Dr Patel was brilliant. Call me on 07700 900123 or write to jo.bloggs@example.org.";
        Analysis analysis = analyser.analyse(story);
        assertEquals(List.of(PersonalDataKind.NAME, PersonalDataKind.PHONE, PersonalDataKind.EMAIL),
                analysis.personalData().stream().map(p -> p.kind()).toList());
        assertEquals("[doctor]", analysis.personalData().getFirst().replacement());
        assertEquals("Dr Patel", story.substring(analysis.personalData().getFirst().start(),
                analysis.personalData().getFirst().end()));
    }

    @Test
    void flagsSafeguardingForUrgentModeration() {
        Analysis analysis = analyser.analyse("Since the discharge my brother keeps saying he wants to end his life.");
        assertTrue(analysis.needsUrgentModeration());
        assertEquals(SafeguardingKind.SUICIDE, analysis.safeguarding().getFirst().kind());
        assertTrue(analysis.criticality() >= 4);
        assertFalse(analyser.analyse("Lovely staff, great care.").needsUrgentModeration());
    }

    @Test
    void carriesTheModelVersion() {
        assertEquals(Analyser.MODEL_VERSION, analyser.analyse("Good.").modelVersion());
    }

    @Test
    void blankStoryHasNothing() {
        Analysis analysis = analyser.analyse("  ");
        assertTrue(analysis.themes().isEmpty());
        assertEquals(0, analysis.criticality());
        assertTrue(analysis.personalData().isEmpty());
        assertTrue(analysis.safeguarding().isEmpty());
    }

    /**
     * German corrections train a German candidate on the German bundled data; once in use it tags German stories
     * (which carry its version) and leaves English ones to the English model.
     */
    @Test
    void germanCorrectionsRetrainTheGermanModelOnly() {
        String german = "Die Schulbegleitung meines Sohnes kam wochenlang nicht, eine Vertretung gab es nicht.";
        String english = "There was nowhere to park and the car park charges were far too high.";
        var corrections = new java.util.ArrayList<ThemeRetraining.LabelledText>();
        for (int i = 0; i < 6; i++) {
            corrections.add(new ThemeRetraining.LabelledText(german, java.util.Set.of("staff.levels", "journey.continuity")));
        }
        var heldOut = List.of(new ThemeRetraining.LabelledText("Die Schulbegleitung kam wochenlang nicht, und eine Vertretung"
                + " gab es auch nicht.", java.util.Set.of("staff.levels", "journey.continuity")));
        Analysis englishBefore = analyser.analyse(english);
        ThemeModel shipped = analyser.themeModel(Language.DE);

        ThemeRetraining.Outcome outcome = analyser.challenge(Language.DE, corrections, heldOut);

        assertTrue(outcome.activate(), outcome.currentF1() + " -> " + outcome.candidateF1());
        assertEquals(shipped.labels(), outcome.candidate().labels(), "the German themes, not the English ones");
        try {
            analyser.useThemes(Language.DE, outcome.candidate(), "themes-de-1");
            Analysis retrained = analyser.analyse(german);
            assertEquals("themes-de-1", retrained.modelVersion());
            theme(retrained, "staff.levels");
            theme(retrained, "journey.continuity");
            Analysis englishAfter = analyser.analyse(english);
            assertEquals(Analyser.MODEL_VERSION, englishAfter.modelVersion());
            assertEquals(englishBefore.themes(), englishAfter.themes());
        } finally {
            analyser.useThemes(Language.DE, shipped, Analyser.MODEL_VERSION);
        }
    }
}

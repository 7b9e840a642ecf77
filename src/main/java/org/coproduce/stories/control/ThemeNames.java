package org.coproduce.stories.control;

/** Labels of theme codes in a language; implemented by the analysis component's taxonomy. */
public interface ThemeNames {

    /** Null when the code is unknown. */
    Names of(String code, String language);

    record Names(String label, String category) {
    }
}

package org.coproduce.stories.boundary;

/** A confirmed theme; label and category in the requested language when the taxonomy knows the code. */
public record ThemeView(String code, String label, String category, String polarity) {
}

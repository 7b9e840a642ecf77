package org.coproduce.stories.entity;

import java.util.ArrayList;

/**
 * What the storyteller wrote: a title, free text and/or answers to the three prompts, and the
 * language they told it in ("en" or "de"; null when not known, read as English).
 */
public record StoryText(String title, String story, String good, String improve, String feeling, String language) {

    public StoryText(String title, String story, String good, String improve, String feeling) {
        this(title, story, good, improve, feeling, null);
    }

    /** All of it as one text, the prompts under their questions in the story's language: what analysis and moderators read. */
    public String whole() {
        var headings = PromptHeadings.in(language);
        var parts = new ArrayList<String>();
        add(parts, null, story);
        add(parts, headings.good(), good);
        add(parts, headings.improve(), improve);
        add(parts, headings.feeling(), feeling);
        return String.join("\n\n", parts);
    }

    private static void add(ArrayList<String> parts, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(label == null ? text.strip() : label + " " + text.strip());
        }
    }
}

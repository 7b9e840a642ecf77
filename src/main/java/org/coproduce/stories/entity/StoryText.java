package org.coproduce.stories.entity;

import java.util.ArrayList;

/** What the storyteller wrote: a title, free text and/or answers to the three prompts. */
public record StoryText(String title, String story, String good, String improve, String feeling) {

    /** All of it as one text, the prompts under their questions: what analysis and moderators read. */
    public String whole() {
        var parts = new ArrayList<String>();
        add(parts, null, story);
        add(parts, "What was good: ", good);
        add(parts, "What could be improved: ", improve);
        add(parts, "How it made me feel: ", feeling);
        return String.join("\n\n", parts);
    }

    private static void add(ArrayList<String> parts, String label, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(label == null ? text.strip() : label + text.strip());
        }
    }
}

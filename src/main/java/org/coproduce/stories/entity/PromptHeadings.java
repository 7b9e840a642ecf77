package org.coproduce.stories.entity;

/** The three prompts as headings in a story's text, in the language it was told in (English when unknown). */
public record PromptHeadings(String good, String improve, String feeling) {

    static final PromptHeadings ENGLISH = new PromptHeadings("What was good:", "What could be improved:", "How it made me feel:");
    static final PromptHeadings GERMAN = new PromptHeadings("Was gut war:", "Was besser sein könnte:", "Wie ich mich dabei gefühlt habe:");

    public static PromptHeadings in(String language) {
        return "de".equals(language) ? GERMAN : ENGLISH;
    }
}

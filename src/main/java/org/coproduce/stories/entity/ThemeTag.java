package org.coproduce.stories.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A theme a moderator confirmed on a published story. */
@Embeddable
public class ThemeTag {

    private String code;

    @Enumerated(EnumType.STRING)
    private Polarity polarity;

    protected ThemeTag() {
    }

    public ThemeTag(String code, Polarity polarity) {
        this.code = code;
        this.polarity = polarity;
    }

    public String code() {
        return code;
    }

    public Polarity polarity() {
        return polarity;
    }
}

package org.coproduce.analysis.entity;

import java.util.List;

/**
 * A theme of the taxonomy (category → theme) with stable code, labels in both languages and
 * the v6 benchmark topics it covers.
 */
public record Theme(String code, String categoryCode, String categoryEn, String categoryDe,
        String labelEn, String labelDe, List<String> v6Topics) {

    public String label(Language language) {
        return language == Language.DE ? labelDe : labelEn;
    }

    public String category(Language language) {
        return language == Language.DE ? categoryDe : categoryEn;
    }
}

package org.coproduce.moderation.entity;

/** What a reason says, in both languages, and where it stands in the list. */
public record ReasonWording(String labelEn, String labelDe, String textEn, String textDe, int position) {

    /** As the audit trail keeps it: one line a field. */
    public String asText() {
        return "label_en: " + labelEn + "\nlabel_de: " + labelDe + "\ntext_en: " + textEn + "\ntext_de: " + textDe
                + "\nposition: " + position;
    }
}

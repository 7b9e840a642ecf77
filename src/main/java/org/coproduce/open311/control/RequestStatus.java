package org.coproduce.open311.control;

import org.coproduce.stories.entity.Progress;
import org.coproduce.stories.entity.StoryStatus;

/**
 * A story's state as an Open311 status (docs/open311.md): {@code open} while it awaits moderation or is not public
 * for a while (held for the provider, hidden after reports) and once published until an organisation answers;
 * {@code closed} once an organisation's response is published (progress responded, change planned or made), and for
 * a story the moderators did not publish (rejected, unpublished). A withdrawn story is no request any more (404).
 * The notes never say why a story is not public (held or hidden would tell that it is critical or reported).
 */
public enum RequestStatus {
    OPEN, CLOSED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RequestStatus of(StoryStatus status, Progress progress) {
        return switch (status) {
            case REJECTED, UNPUBLISHED -> CLOSED;
            case PUBLISHED -> answered(progress) ? CLOSED : OPEN;
            default -> OPEN;
        };
    }

    public static boolean answered(Progress progress) {
        return progress.ordinal() >= Progress.RESPONDED.ordinal();
    }

    /** The status notes of a story as far as they do not depend on its answer, in the language ("de" or English). */
    public static String notes(StoryStatus status, Progress progress, String language) {
        boolean de = "de".equals(language);
        return switch (status) {
            case REJECTED, UNPUBLISHED -> de ? "Nicht von der Moderation veröffentlicht." : "Not published by the moderators.";
            case PUBLISHED -> switch (progress) {
                case UNHEARD -> de ? "Veröffentlicht; wartet auf die Antwort der Organisation."
                        : "Published; waiting for the organisation's answer.";
                case READ -> de ? "Veröffentlicht; von der Organisation gelesen." : "Published; read by the organisation.";
                case RESPONDED -> de ? "Beantwortet." : "Answered.";
                case CHANGE_PLANNED -> de ? "Beantwortet; eine Änderung ist geplant." : "Answered; a change is planned.";
                case CHANGE_MADE -> de ? "Beantwortet; eine Änderung wurde umgesetzt." : "Answered; a change was made.";
            };
            default -> de ? "Nicht öffentlich: Jeder Bericht wird vor der Veröffentlichung moderiert."
                    : "Not public: every report is checked by a moderator before it is published.";
        };
    }
}

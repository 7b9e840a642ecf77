package org.coproduce.moderation.boundary;

import java.time.Instant;
import org.coproduce.moderation.entity.Reason;

/** A reason of the library: its code (what a rejection names), wording in EN and DE, and version for the next change. */
public record ReasonView(String code, long version, String labelEn, String labelDe, String textEn, String textDe,
        int position, Instant updatedAt) {

    static ReasonView of(Reason r) {
        var w = r.wording();
        return new ReasonView(r.code(), r.version(), w.labelEn(), w.labelDe(), w.textEn(), w.textDe(), w.position(),
                r.updatedAt());
    }
}

package org.coproduce.accounts.boundary;

import java.time.Instant;
import org.coproduce.accounts.entity.SecurityEvent;

/** One security event as admins read it; {@code client} is a keyed hash of the address, never the address. */
public record SecurityEventView(long id, Instant at, String kind, Long actorAccountId, Long subjectAccountId,
        String client, String detail) {

    static SecurityEventView of(SecurityEvent e) {
        return new SecurityEventView(e.id(), e.occurredAt(), e.kind(), e.actorAccountId(), e.subjectAccountId(),
                e.client(), e.detail());
    }
}

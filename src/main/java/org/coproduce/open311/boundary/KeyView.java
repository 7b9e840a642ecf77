package org.coproduce.open311.boundary;

import java.time.Instant;
import org.coproduce.open311.entity.ApiKey;

/** An API key as admins see it: never the key, only its first characters. {@code key}: only in the answer that issued it. */
public record KeyView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt, String key) {

    static KeyView of(ApiKey k, String key) {
        return new KeyView(k.id(), k.name(), k.keyPrefix(), k.createdAt(), k.lastUsedAt(), k.revokedAt(), key);
    }
}

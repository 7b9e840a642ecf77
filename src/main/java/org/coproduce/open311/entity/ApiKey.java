package org.coproduce.open311.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A key an administrator issued to one civic app for posting Open311 requests. Only the key's SHA-256 is kept (a
 * random 256-bit key needs no slow hash), with its first characters so that admins can tell keys apart.
 */
@Entity
@Table(name = "open311_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiKey() {
    }

    public ApiKey(String name, String keyHash, String keyPrefix, Long createdBy, Instant now) {
        this.name = name;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Refused from now on; revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void usedAt(Instant now) {
        lastUsedAt = now;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}

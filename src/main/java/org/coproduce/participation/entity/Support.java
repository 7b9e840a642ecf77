package org.coproduce.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One supporter of a proposal, known only by a keyed hash of the random token in their cookie. */
@Entity
@Table(name = "proposal_support")
public class Support {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id")
    private long proposalId;

    @Column(name = "supporter_hash")
    private String supporterHash;

    @Column(name = "client_hash")
    private String clientHash;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Support() {
    }

    public Support(long proposalId, String supporterHash, String clientHash, Instant now) {
        this.proposalId = proposalId;
        this.supporterHash = supporterHash;
        this.clientHash = clientHash;
        this.createdAt = now;
    }

    public long proposalId() {
        return proposalId;
    }
}

package org.coproduce.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A staff member follows a service: alerts for its stories at or above a criticality. */
@Entity
@Table(name = "subscription")
@IdClass(Subscription.Key.class)
public class Subscription {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Id
    @Column(name = "service_id")
    private long serviceId;

    @Column(name = "min_criticality")
    private int minCriticality;

    protected Subscription() {
    }

    public Subscription(long accountId, long serviceId, int minCriticality) {
        this.accountId = accountId;
        this.serviceId = serviceId;
        this.minCriticality = minCriticality;
    }

    public void minimum(int criticality) {
        this.minCriticality = criticality;
    }

    public boolean wants(int criticality) {
        return criticality >= minCriticality;
    }

    public long accountId() {
        return accountId;
    }

    public long serviceId() {
        return serviceId;
    }

    public int minCriticality() {
        return minCriticality;
    }

    public record Key(long accountId, long serviceId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}

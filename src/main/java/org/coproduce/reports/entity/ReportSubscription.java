package org.coproduce.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** An account's subscription to the report of a scope (an organisation or a service), monthly or weekly, in a language. */
@Entity
@Table(name = "report_subscription")
@NamedQuery(name = ReportSubscription.OF_ACCOUNT,
        query = "select s from ReportSubscription s where s.accountId = :account order by s.id")
@NamedQuery(name = ReportSubscription.ALL, query = "select s from ReportSubscription s order by s.id")
@NamedQuery(name = ReportSubscription.DUE, query = "select s from ReportSubscription s where s.cadence = :cadence"
        + " and not exists (select d from ReportDelivery d where d.subscriptionId = s.id and d.period = :period) order by s.id")
public class ReportSubscription {

    public static final String OF_ACCOUNT = "ReportSubscription.ofAccount";
    public static final String ALL = "ReportSubscription.all";
    public static final String DUE = "ReportSubscription.due";
    public static final String MONTHLY = "MONTHLY";
    public static final String WEEKLY = "WEEKLY";
    public static final Set<String> CADENCES = Set.of(MONTHLY, WEEKLY);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "scope_kind")
    private String scopeKind;

    @Column(name = "scope_id")
    private long scopeId;

    private String cadence;

    private String language;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReportSubscription() {
    }

    public ReportSubscription(long accountId, String scopeKind, long scopeId, String cadence, String language, Instant now) {
        this.accountId = accountId;
        this.scopeKind = scopeKind;
        this.scopeId = scopeId;
        this.cadence = cadence;
        this.language = language;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String scopeKind() {
        return scopeKind;
    }

    public long scopeId() {
        return scopeId;
    }

    public String cadence() {
        return cadence;
    }

    public String language() {
        return language;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

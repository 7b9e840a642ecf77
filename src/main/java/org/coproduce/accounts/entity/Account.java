package org.coproduce.accounts.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
@NamedQuery(name = Account.ALL, query = "select a from Account a order by a.email")
@NamedQuery(name = Account.COUNT, query = "select count(a) from Account a")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";
    public static final String ALL = "Account.all";
    public static final String COUNT = "Account.count";
    /** Failed logins in a row after which the account is locked for a while. */
    public static final int MAX_FAILED_LOGINS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "job_title")
    private String jobTitle;

    @Column(name = "password_hash")
    private String passwordHash;

    private String role;

    /** "en" or "de": the language of the e-mails to this account; null: the installation's staff language. */
    private String language;

    @Column(name = "platform_wide")
    private boolean platformWide;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_organisation", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String role, String passwordHash) {
        this.email = normalised(email);
        this.role = role;
        this.passwordHash = passwordHash;
    }

    public static String normalised(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void describe(String displayName, String jobTitle, String role, boolean platformWide, Set<Long> organisations) {
        this.displayName = displayName;
        this.jobTitle = jobTitle;
        this.role = role;
        this.platformWide = platformWide;
        this.organisationIds = new HashSet<>(organisations);
    }

    /** "en" or "de"; null leaves it to the installation's staff language. */
    public void speak(String language) {
        this.language = language;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Disabled: no login, no session; an admin may enable it again. Disabling twice keeps the first time. */
    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public boolean disabled() {
        return disabledAt != null;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; the fifth in a row locks the account for {@code lock}. */
    public void loginFailed(Instant now, Duration lock) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(lock);
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String passwordHash() {
        return passwordHash;
    }

    /** "en", "de", or null (the installation's staff language, COPRODUCE_STAFF_LANGUAGE). */
    public String language() {
        return language;
    }

    public String role() {
        return role;
    }

    public boolean platformWide() {
        return platformWide;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }
}

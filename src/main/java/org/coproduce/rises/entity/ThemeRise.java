package org.coproduce.rises.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.mail.Emailed;

/**
 * A theme raised as "could improve" unusually often in one month for a service, an organisation
 * (with its children) or the platform (scope id 0), against that scope's own history. Found once
 * per scope, theme and month; its quality managers are e-mailed.
 */
@Entity
@Table(name = "theme_rise")
public class ThemeRise implements Emailed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scope_kind")
    private String scopeKind;

    @Column(name = "scope_id")
    private long scopeId;

    private String code;
    private int ym;

    @Column(name = "with_theme")
    private long withTheme;

    private long stories;

    @Column(name = "expected_share")
    private double expectedShare;

    @Column(name = "history_stories")
    private long historyStories;

    @Column(name = "p_value")
    private double pValue;

    @Column(name = "detected_at")
    private Instant detectedAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected ThemeRise() {
    }

    public ThemeRise(String scopeKind, long scopeId, String code, int ym, long withTheme, long stories, double expectedShare,
            long historyStories, double pValue, Instant now) {
        this.scopeKind = scopeKind;
        this.scopeId = scopeId;
        this.code = code;
        this.ym = ym;
        this.withTheme = withTheme;
        this.stories = stories;
        this.expectedShare = expectedShare;
        this.historyStories = historyStories;
        this.pValue = pValue;
        this.detectedAt = now;
    }

    @Override
    public void emailed(Instant now) {
        emailedAt = now;
    }

    public Long id() {
        return id;
    }

    public String scopeKind() {
        return scopeKind;
    }

    public long scopeId() {
        return scopeId;
    }

    public String code() {
        return code;
    }

    public int ym() {
        return ym;
    }

    public long withTheme() {
        return withTheme;
    }

    public long stories() {
        return stories;
    }

    public double expectedShare() {
        return expectedShare;
    }

    public long historyStories() {
        return historyStories;
    }

    public double pValue() {
        return pValue;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    @Override
    public Instant emailedAt() {
        return emailedAt;
    }
}

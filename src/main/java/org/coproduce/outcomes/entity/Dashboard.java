package org.coproduce.outcomes.entity;

import java.util.List;

/**
 * The outcomes of a scope (the platform, an organisation with its children, a service) over a
 * range of months or ISO weeks, per period and in total. Every period and theme names, in {@code drill}, the request that
 * lists the stories behind it.
 */
public record Dashboard(Scope scope, String from, String to, String by, boolean suppressed, String medianMethod,
        Period total, List<Period> periods, List<ThemeSeries> themes) {

    public record Scope(String kind, Long id, String name) {
    }

    /**
     * criticality: stories with criticality 0 to 5; sentiment: stories by the analysis's
     * whole-story sentiment (unknown: not analysed), summing to the stories; overdue: unanswered
     * past their deadline now. {@code drill} lists the period's stories, {@code drills} the
     * stories behind each number.
     */
    public record Period(String period, String from, String to, Figure stories, List<Figure> criticality,
            Sentiment sentiment, Figure concerns, Figure responded, Figure responseRate, Figure meanDaysToRespond,
            Figure medianDaysToRespond, Figure overdue, Figure changesPlanned, Figure changesMade, Figure concernsChanged,
            Figure concernsChangedShare, String drill, Drills drills) {
    }

    /** Stories by sentiment. */
    public record Sentiment(Figure positive, Figure mixed, Figure negative, Figure unknown) {
    }

    /** The stories behind each sentiment's number. */
    public record SentimentDrills(String positive, String mixed, String negative, String unknown) {
    }

    /**
     * Drill-down links per number: rates and times drill to the stories they rest on (responseRate,
     * mean and median to {@code responded}, concernsChangedShare to {@code concernsChanged});
     * {@code overdue} for staff only.
     */
    public record Drills(String stories, List<String> criticality, SentimentDrills sentiment, String concerns,
            String responded, String overdue, String changesPlanned, String changesMade, String concernsChanged) {
    }

    public record ThemeSeries(String code, String label, String polarity, Figure total, List<Figure> periods, String drill) {
    }
}

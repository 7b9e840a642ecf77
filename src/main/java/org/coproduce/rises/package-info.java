/**
 * Unusual rises: every hour, each service, organisation (with its children) and the platform is
 * checked for themes raised as "could improve" unusually often this month or last, against the
 * scope's own previous twelve months (a p-chart with exact limits, {@link org.coproduce.rises.control.RiseTest}).
 * A rise is recorded once, e-mailed through the outbox to the scope's quality managers and listed
 * for them at {@code /api/outcomes/rises}. Reads the outcomes' monthly summaries through
 * {@link org.coproduce.outcomes.control.MonthlyRows}; out of scope: counting stories (outcomes).
 * <p>
 * Owns tables: theme_rise.
 */
package org.coproduce.rises;

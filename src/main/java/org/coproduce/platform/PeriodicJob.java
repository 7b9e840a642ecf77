package org.coproduce.platform;

/**
 * Work run every {@code setting} milliseconds (the environment variable, else
 * {@code defaultMillis}) once the schema is ready, until shutdown, by {@link PeriodicJobs}. A
 * failed run is logged as "{@code name} failed: ..." and the next one comes as usual.
 *
 * @param inOneTransaction whether each run is one transaction (committed, or rolled back if it
 *     throws); if not, the work opens the transactions it needs itself
 */
public record PeriodicJob(String name, String setting, int defaultMillis, boolean inOneTransaction, Runnable work) {

    /** Each run in one transaction of its own. */
    public static PeriodicJob inTransaction(String name, String setting, int defaultMillis, Runnable work) {
        return new PeriodicJob(name, setting, defaultMillis, true, work);
    }

    /** Each run opens its own transactions (a batch each, say), with {@link Transactions#inOwn}. */
    public static PeriodicJob ownTransactions(String name, String setting, int defaultMillis, Runnable work) {
        return new PeriodicJob(name, setting, defaultMillis, false, work);
    }
}

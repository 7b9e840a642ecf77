package org.coproduce.platform;

/**
 * Work run every {@code setting} milliseconds (the environment variable, else
 * {@code defaultMillis}) once the schema is ready, until shutdown, by {@link PeriodicJobs}. A
 * failed run is logged as "{@code name} failed: ..." and the next one comes as usual.
 *
 * @param inOneTransaction whether each run is one transaction (committed, or rolled back if it
 *     throws); if not, the work opens the transactions it needs itself
 * @param lease null if every instance runs the job; else the {@code job_lease} row that one
 *     instance claims ({@link Leases}) for most of a period before it runs the job, so that of
 *     several instances sharing the database one runs it each period
 */
public record PeriodicJob(String name, String setting, int defaultMillis, boolean inOneTransaction, String lease,
        Runnable work) {

    /** Each run in one transaction of its own. */
    public static PeriodicJob inTransaction(String name, String setting, int defaultMillis, Runnable work) {
        return new PeriodicJob(name, setting, defaultMillis, true, null, work);
    }

    /** Each run opens its own transactions (a batch each, say), with {@link Transactions#inOwn}. */
    public static PeriodicJob ownTransactions(String name, String setting, int defaultMillis, Runnable work) {
        return new PeriodicJob(name, setting, defaultMillis, false, null, work);
    }

    /** The same job, run by one instance of several each period: the one that claims {@code lease}. */
    public PeriodicJob onOneInstance(String lease) {
        return new PeriodicJob(name, setting, defaultMillis, inOneTransaction, lease, work);
    }
}

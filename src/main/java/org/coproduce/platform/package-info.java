/**
 * What every component stands on: the JAX-RS application under {@code /api}, the datasource
 * (embedded H2 by default, MySQL/MariaDB through Connector/J when {@code DB_URL} is set), the
 * schema migrations from {@code sql/}, the database availability guard, settings from the
 * environment ({@link org.coproduce.platform.Settings}) and periodic work
 * ({@link org.coproduce.platform.PeriodicJobs} runs the {@link org.coproduce.platform.PeriodicJob}s
 * of every {@link org.coproduce.platform.Periodic} bean), and the daily retention pass
 * ({@link org.coproduce.platform.RetentionPass}, one instance at a time) that calls every component's
 * {@link org.coproduce.platform.Retention}, and the erasure by address without a private link
 * ({@link org.coproduce.platform.ErasableByAddress}: each component holding what was sent with an
 * e-mail address lists and erases it; the stories' erasure request asks them all). No business rules.
 * <p>
 * Server keys ({@link org.coproduce.platform.Secrets}) come from a secret outside the database
 * ({@link org.coproduce.platform.MasterSecret}).
 * <p>
 * Owns tables: job_lease.
 */
package org.coproduce.platform;

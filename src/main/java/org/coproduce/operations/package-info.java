/**
 * What a hosting team needs to run Coproduce: background tasks that failed for good, for admins
 * to retry or drop ({@code /api/admin/tasks}); Prometheus metrics at {@code /metrics} (MicroProfile
 * Metrics of Payara Micro, behind {@code COPRODUCE_METRICS_TOKEN}); health checks at {@code /health}
 * (MicroProfile Health: database, outbox age, SMTP). See docs/operations.md.
 * <p>
 * Reads and changes the outbox through background's {@code OutboxTasks}.
 * <p>
 * Owns tables: none.
 */
package org.coproduce.operations;

/**
 * Background work through a transactional outbox: a change that needs later work (analyse a
 * story, route it, send an alert e-mail) writes an {@code outbox} row in its own transaction,
 * so the work is never lost once the change is committed. {@link org.coproduce.background.control.OutboxWorker}
 * claims due rows with {@code SELECT … FOR UPDATE SKIP LOCKED} (several instances never take
 * the same row), runs the {@link org.coproduce.background.control.TaskHandler} for its kind in
 * the same transaction as marking it done, and retries failures with exponential backoff.
 * <p>
 * Owns tables: outbox.
 */
package org.coproduce.background;

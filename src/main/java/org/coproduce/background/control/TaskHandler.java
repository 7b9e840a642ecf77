package org.coproduce.background.control;

/**
 * Does one kind of background work for one subject (usually a story id). Runs inside the
 * transaction that marks the task done: whatever it writes commits with that, or not at all.
 * Must tolerate running again after a crash (effects outside the database, such as e-mail,
 * should record that they happened).
 */
public interface TaskHandler {

    String kind();

    void handle(long subjectId);
}

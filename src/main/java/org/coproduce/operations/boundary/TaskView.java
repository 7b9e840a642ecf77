package org.coproduce.operations.boundary;

import java.time.Instant;
import org.coproduce.background.entity.OutboxTask;

/** A background task as admins see it: what, about which subject, how often it failed and why. */
public record TaskView(long id, String kind, long subjectId, String status, int attempts, String lastError,
        Instant createdAt, Instant availableAt, Instant doneAt) {

    static TaskView of(OutboxTask task) {
        return new TaskView(task.id(), task.kind(), task.subjectId(), task.status(), task.attempts(), task.lastError(),
                task.createdAt(), task.availableAt(), task.doneAt());
    }
}

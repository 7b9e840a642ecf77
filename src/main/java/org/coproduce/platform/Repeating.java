package org.coproduce.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** A task run again and again with a delay read from a setting, until stopped (at shutdown). */
public final class Repeating {

    private ScheduledFuture<?> future;

    public void start(ManagedScheduledExecutorService scheduler, String setting, int defaultMillis, Runnable task) {
        long every = Settings.number(setting, defaultMillis);
        future = scheduler.scheduleWithFixedDelay(task, every, every, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}

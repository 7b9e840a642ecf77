package org.coproduce.testing;

import java.util.function.Predicate;
import java.util.function.Supplier;

/** Asks again until the app has done its background work. */
public final class Eventually {

    private Eventually() {
    }

    /** The first 200 answer that passes, within 30 s. */
    public static Reply eventually(Supplier<Reply> request, Predicate<Reply> done) {
        return eventually(request, done, 30);
    }

    public static Reply eventually(Supplier<Reply> request, Predicate<Reply> done, int seconds) {
        Reply last = null;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            try {
                last = request.get();
                if (last.status() == 200 && done.test(last)) {
                    return last;
                }
            } catch (IllegalStateException slow) {
                // a request timed out on a busy machine: ask again
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not reached within " + seconds + " s: " + last);
    }
}

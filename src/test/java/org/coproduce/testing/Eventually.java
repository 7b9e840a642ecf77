package org.coproduce.testing;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks again until the app has done its background work: every 100 ms at first, then less often
 * (at most every 500 ms), so that work done in a moment is seen in a moment and a long wait does
 * not flood a busy server.
 */
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
        long pause = 100;
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
                Thread.sleep(pause);
                pause = Math.min(500, pause + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not reached within " + seconds + " s: " + last);
    }
}

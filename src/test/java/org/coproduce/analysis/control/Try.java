package org.coproduce.analysis.control;

/** Prints the analysis of each argument: a developer's probe, not a test. */
public final class Try {
    public static void main(String[] args) {
        long start = System.nanoTime();
        Analyser analyser = new Analyser();
        System.out.printf("start-up %.1f s%n", (System.nanoTime() - start) / 1e9);
        for (String text : args) {
            System.out.println(text + "\n  -> " + analyser.analyse(text));
        }
    }
}

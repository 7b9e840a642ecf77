package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coproduce.analysis.control.AnalysisSettings;
import org.coproduce.analysis.entity.Analysis;

/**
 * How many stories of 50, 150 and 500 words one thread analyses per second (English stories made
 * of consecutive FFT comments, German ones of the held-out German stories), with the models
 * loaded once; then the same stories on 2 threads sharing that one Analyser, checking each result
 * equals the single-threaded one (OpenNLP's ME classes are not thread-safe: Nlp and
 * LanguageDetection keep one per thread). Then the honest figure per core at 150 words: as many calling threads as
 * cores, each analysing on its own, the total divided by the cores (one thread alone may use more than one core: the
 * encoder's own threads). Run: mvn -B -q -Pspeed test-compile exec:java ({@code -Dspeed.quick=true}: 150 words only,
 * maxent alone and the pooled blend, no 2-thread check beyond the per-core run's).
 */
public final class AnalysisSpeed {

    static final int[] WORDS = {50, 150, 500};
    static final long WARM_UP_NANOS = 2_000_000_000L;
    static final long MEASURE_NANOS = 5_000_000_000L;
    static final boolean QUICK = Boolean.getBoolean("speed.quick");
    static final int CORES = Runtime.getRuntime().availableProcessors();

    private AnalysisSpeed() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var analyser = new Analyser(AnalysisSettings.modelCache());
        System.out.printf(Locale.ROOT, "models ready in %.1f s (cached models load in seconds; training takes minutes)%n",
                (System.nanoTime() - start) / 1e9);
        List<String> english = FftCorpus.rows().stream().map(FftCorpus.Row::text).filter(t -> t != null && !t.isBlank()).toList();
        List<String> german = Resources.text("org/coproduce/analysis/stories-de.tsv").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1]).toList();
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "heap used with the models loaded: %d MB (sentence-embedding model loaded: %s)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, Analyser.EMBEDDINGS);
        // 0: maxent alone; 1: the blend, the story's vector a second pass of the whole text (before analysis-2026.12-5);
        // 2: the blend, the story's vector pooled from its sentences' (the application since)
        for (int mode : Analyser.EMBEDDINGS ? (QUICK ? List.of(0, 2) : List.of(0, 1, 2)) : List.of(0)) {
            analyser.useEmbeddings(mode > 0);
            analyser.poolStoryVector(mode == 2);
            System.out.println(switch (mode) {
                case 0 -> "maxent models alone (before issue 18):";
                case 1 -> "with the sentence-embedding blend, the whole story through the encoder too (before analysis-2026.12-5):";
                default -> "with the sentence-embedding blend, the story's vector pooled from its sentences' (the application):";
            });
            System.out.println("language  words  stories/s (1 thread)  ms/story");
            for (var language : List.of(new Corpus("en", english), new Corpus("de", german))) {
                for (int words : QUICK ? new int[] {150} : WORDS) {
                    var stories = stories(language.texts(), words, 200);
                    double perSecond = throughput(analyser, stories);
                    System.out.printf(Locale.ROOT, "%-8s  %5d  %20.1f  %8.2f%n", language.name(), words, perSecond, 1000 / perSecond);
                }
            }
            if (mode != 1) {
                for (var language : List.of(new Corpus("en", english), new Corpus("de", german))) {
                    perCore(analyser, language.name(), stories(language.texts(), 150, 200));
                }
            }
        }
        System.gc();
        System.out.printf(Locale.ROOT, "heap used after the runs: %d MB; process resident memory: see /proc/self/status VmRSS %s%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, vmRss());
        if (QUICK) {
            return;
        }
        if (Analyser.EMBEDDINGS) {
            analyser.poolStoryVector(false);
            System.out.print("whole story encoded too: ");
            sharedSafely(analyser, stories(english, 150, 400));
            analyser.poolStoryVector(true);
            System.out.print("pooled: ");
        }
        sharedSafely(analyser, stories(english, 150, 400));
    }

    private static String vmRss() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("?").replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    record Corpus(String name, List<String> texts) {
    }

    /** Stories of about the given number of words, each made of consecutive texts from the corpus. */
    static List<String> stories(List<String> texts, int words, int count) {
        var stories = new ArrayList<String>();
        int next = 0;
        while (stories.size() < count) {
            var story = new StringBuilder();
            int n = 0;
            while (n < words) {
                String text = texts.get(next++ % texts.size()).strip();
                for (String word : text.split("\\s+")) {
                    if (n++ < words) {
                        story.append(word).append(' ');
                    }
                }
                if (!text.endsWith(".")) {
                    story.setLength(Math.max(0, story.length() - 1));
                    story.append(". ");
                }
            }
            stories.add(story.toString().strip());
        }
        return stories;
    }

    static double throughput(Analyser analyser, List<String> stories) {
        run(analyser, stories, WARM_UP_NANOS, 0);
        long begin = System.nanoTime();
        long done = run(analyser, stories, MEASURE_NANOS, stories.size());
        return done / ((System.nanoTime() - begin) / 1e9);
    }

    /**
     * Stories per second per core: one calling thread per core sharing the Analyser, taking the stories in turn from one
     * counter (so that together they analyse the stories a single thread would) for 5 s, and at least once each, after
     * a 2 s warm-up; every result checked against the single-threaded one.
     */
    static void perCore(Analyser analyser, String language, List<String> stories) throws Exception {
        List<Analysis> expected = stories.stream().map(analyser::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(CORES);
        try {
            inTurns(pool, analyser, stories, expected, WARM_UP_NANOS, 0);
            long begin = System.nanoTime();
            long[] counts = inTurns(pool, analyser, stories, expected, MEASURE_NANOS, stories.size());
            double perSecond = counts[0] / ((System.nanoTime() - begin) / 1e9);
            System.out.printf(Locale.ROOT, "%s 150 words, %d threads (one per core): %.1f stories/s, %.1f per core, %d of %d"
                    + " results differ from the single-threaded ones%n", language, CORES, perSecond, perSecond / CORES, counts[1], counts[0]);
            if (counts[1] > 0) {
                throw new IllegalStateException("results differ between threads");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The stories analysed in turns by one task per core for the given time and at least {@code least} of them: {done, differ}. */
    private static long[] inTurns(ExecutorService pool, Analyser analyser, List<String> stories, List<Analysis> expected,
            long nanos, int least) throws Exception {
        long end = System.nanoTime() + nanos;
        var next = new java.util.concurrent.atomic.AtomicLong();
        var differ = new java.util.concurrent.atomic.AtomicLong();
        var tasks = new ArrayList<Future<?>>();
        for (int t = 0; t < CORES; t++) {
            tasks.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < least || System.nanoTime() < end) {
                    int k = (int) (i % stories.size());
                    differ.addAndGet(analyser.analyse(stories.get(k)).equals(expected.get(k)) ? 0 : 1);
                }
                next.decrementAndGet();
            }));
        }
        for (var task : tasks) {
            task.get();
        }
        return new long[] {next.get(), differ.get()};
    }

    /** Analyses the stories in turn for the given time and at least {@code least} of them. */
    private static long run(Analyser analyser, List<String> stories, long nanos, int least) {
        long end = System.nanoTime() + nanos;
        long done = 0;
        while (done < least || System.nanoTime() < end) {
            analyser.analyse(stories.get((int) (done % stories.size())));
            done++;
        }
        return done;
    }

    static void sharedSafely(Analyser analyser, List<String> stories) throws Exception {
        List<Analysis> expected = stories.stream().map(analyser::analyse).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long begin = System.nanoTime();
            var futures = new ArrayList<Future<Analysis>>();
            for (int round = 0; round < 3; round++) {
                for (String story : stories) {
                    futures.add(pool.submit(() -> analyser.analyse(story)));
                }
            }
            int differ = 0;
            for (int i = 0; i < futures.size(); i++) {
                differ += futures.get(i).get().equals(expected.get(i % stories.size())) ? 0 : 1;
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            System.out.printf(Locale.ROOT, "2 threads sharing one Analyser, 150 words: %.1f stories/s, %d of %d results differ"
                    + " from the single-threaded ones%n", futures.size() / seconds, differ, futures.size());
            if (differ > 0) {
                throw new IllegalStateException("results differ between threads");
            }
        } finally {
            pool.shutdown();
        }
    }
}

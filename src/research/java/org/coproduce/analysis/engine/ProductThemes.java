package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application's theme rule with the embeddings, honest (section {@code protocol-per-theme}, and the themes
 * {@code product:} line of section {@code protocol}): per fold, the head, the blend weight and a threshold pair on the
 * wide grid chosen on the development fold, then a threshold per theme by coordinate ascent there, scored on the
 * test fold; then the one choice best on all development folds together (what the application fixes, printed per
 * topic and per theme code), scored on the test folds ("old protocol").
 */
final class ProductThemes {

    private final HeadExperiments x;

    ProductThemes(HeadExperiments x) {
        this.x = x;
    }

    List<ThemeFold> folds(int outerFolds) {
        List<ThemeFold> folds = new ArrayList<>();
        for (int k = 0; k < outerFolds; k++) {
            folds.add(new ThemeFold(x, ProtocolFold.of(x.p, k)));
        }
        return folds;
    }

    /** The rule over {@code heads}, chosen per fold on its development fold. */
    Variant.Themes honest(List<ThemeFold> folds, List<Integer> heads, String name) {
        Variant.Themes v = new Variant.Themes(name, x.p.topics);
        List<HeadExperiments.Rule> family = HeadExperiments.grid(heads, HeadExperiments.WIDE_COMMON, HeadExperiments.WIDE_RARE);
        for (ThemeFold t : folds) {
            long start = System.nanoTime();
            HeadExperiments.Rule best = Folds.best(family, t::devObjective);
            double[] th = HeadExperiments.perTheme(t.dev(best), t.devGold, x.thresholds(t.devFrequent, best.common(), best.rare()));
            v.chose(x.heads.get(best.head()).name() + " w" + best.weight(),
                    HeadExperiments.objective(HeadExperiments.counts(t.dev(best), t.devGold, th)));
            v.add(t.testGold, x.predicted(t.test(best), th));
            System.out.printf("%s, fold %d: %s %.2f/%.2f, per-theme %s; %.0f s%n", name, t.fold.k(), v.chosen.getLast(), best.common(),
                    best.rare(), Arrays.toString(th), (System.nanoTime() - start) / 1e9);
        }
        return v;
    }

    /** The one choice best on all development folds together, its thresholds per topic, and its test figures. */
    record Pooled(HeadExperiments.Rule rule, double[] thresholds, Scores test) {
    }

    Pooled pooled(List<ThemeFold> folds, List<Integer> heads) {
        HeadExperiments.Rule rule = Folds.best(HeadExperiments.grid(heads, HeadExperiments.WIDE_COMMON, HeadExperiments.WIDE_RARE),
                r -> folds.stream().mapToDouble(t -> t.devObjective(r)).sum());
        double[] th = HeadExperiments.perTheme(folds.stream().map(t -> t.dev(rule)).toList(), folds.stream().map(t -> t.devGold).toList(),
                x.thresholds(folds.getFirst().devFrequent, rule.common(), rule.rare()), HeadExperiments.MIN_DEV_POSITIVES * folds.size(), false);
        Scores test = new Scores(x.p.topics);
        for (ThemeFold t : folds) {
            List<java.util.Set<String>> predicted = x.predicted(t.test(rule), th);
            for (int i = 0; i < predicted.size(); i++) {
                test.add(t.testGold.get(i), predicted.get(i));
            }
        }
        return new Pooled(rule, th, test);
    }

    /** Prints the per-topic and per-code thresholds of the pooled choice and the themes {@code product:} line. */
    void run(int outerFolds) {
        List<ThemeFold> folds = folds(outerFolds);
        Variant.Themes honest = honest(folds, HeadExperiments.PRODUCT_HEADS, "product themes");
        Pooled pooled = printPooled(folds, HeadExperiments.PRODUCT_HEADS);
        String head = x.heads.get(pooled.rule().head()).name();
        System.out.printf("product: themes micro-F1 %.3f macro-F1 %.3f (maxent + embeddings blend, per-theme thresholds, honest, chosen on development folds: %s)"
                        + " | old protocol (fixed %s w%.2f, per-theme thresholds) micro-F1 %.3f macro-F1 %.3f%n", honest.scores.micro()[2],
                honest.scores.macro()[2], String.join(", ", honest.chosen), head, pooled.rule().weight(), pooled.test().micro()[2],
                pooled.test().macro()[2]);
    }

    /** The one choice best on all development folds together over {@code heads}: printed per topic and per code, with its test figures. */
    Pooled printPooled(List<ThemeFold> folds, List<Integer> heads) {
        Pooled pooled = pooled(folds, heads);
        double[] th = pooled.thresholds();
        System.out.printf("one choice for the application, best on all development folds together: head %s, weight %.2f, %.2f/%.2f, then per topic:%n",
                x.heads.get(pooled.rule().head()).name(), pooled.rule().weight(), pooled.rule().common(), pooled.rule().rare());
        for (int t = 0; t < th.length; t++) {
            System.out.printf("  %-58s %.2f%n", x.p.topics.get(t), th[t]);
        }
        System.out.println("per code (Map.of arguments): " + perCode(folds, th));
        System.out.printf("  its test figures (the fixed values on the test folds, a test-fold look): %s%n", pooled.test().summary());
        return pooled;
    }

    /** Per theme code of the application: the threshold of its benchmark topic with the most development rows. */
    private String perCode(List<ThemeFold> folds, double[] th) {
        int[] positives = HeadExperiments.positives(folds.stream().map(t -> t.devGold).toList(), th.length);
        Taxonomy taxonomy = new Taxonomy();
        Map<String, Integer> topicOfCode = new LinkedHashMap<>();
        for (int t = 0; t < th.length; t++) {
            int topic = t;
            taxonomy.codeOfV6Topic(x.p.topics.get(t)).ifPresent(code -> topicOfCode.merge(code, topic,
                    (a, b) -> positives[a] >= positives[b] ? a : b));
        }
        StringBuilder codes = new StringBuilder();
        topicOfCode.forEach((code, t) -> codes.append(String.format(Locale.ROOT, "\"%s\", %.2f, ", code, th[t])));
        return codes.toString();
    }
}

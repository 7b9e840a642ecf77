package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Theme heads and threshold rules (section {@code head-experiments}): the application's rule before the third round,
 * a wider threshold grid, the logistic head chosen (L2, epochs, upsampling), per-theme thresholds; and (section
 * {@code head-mlp-themes}) multi-label perceptrons on the embeddings beside the logistic heads, scored by the
 * application's rule ({@link ProductThemes}).
 */
final class ThemeHeadExperiments {

    private final HeadExperiments x;

    ThemeHeadExperiments(EmbeddingProtocol p) {
        x = new HeadExperiments(p, mlpHeads(p));
    }

    /**
     * The perceptron heads of {@link #mlp}, after the logistic ones: the perceptrons alone (index 9), and the bge recipe
     * of the fourth round, 6-epoch logistic regressions averaged with them (index 10; the application's head with bge,
     * tried with all-MiniLM-L6-v2 in the fifth round), and the standard 12-epoch ones averaged with them (index 11).
     */
    static List<HeadExperiments.Head> mlpHeads(EmbeddingProtocol p) {
        int up = p.training.upsampling();
        DenseMlp.Settings h128 = new DenseMlp.Settings(128, 20, 1e-3, 1e-4, 32, 3, 42);
        DenseLogistic.Settings s = DenseLogistic.Settings.STANDARD;
        return List.of(new HeadExperiments.Head("mlp h128 e20 ×3", null, up, 1, h128),
                new HeadExperiments.Head("6 epochs + mlp", new DenseLogistic.Settings(s.l2(), 6, s.learningRate(), s.batch()), up, 1,
                        DenseMlp.Settings.THEMES), new HeadExperiments.Head("12 epochs + mlp", s, up, 1, DenseMlp.Settings.THEMES));
    }

    void run(int outerFolds) {
        List<Integer> heads = HeadExperiments.THEME_HEADS;
        List<Variant.Themes> variants = new ArrayList<>();
        for (String name : List.of("as now (standard head, grid 7×6×7)", "wider thresholds (7×10×11)", "head chosen + wider thresholds",
                "head chosen + wider + per-theme thresholds", "as now + per-theme thresholds")) {
            variants.add(new Variant.Themes(name, x.p.topics));
        }
        List<List<HeadExperiments.Rule>> families = List.of(HeadExperiments.grid(List.of(0), HonestProtocol.COMMON, HonestProtocol.RARE),
                HeadExperiments.grid(List.of(0), HeadExperiments.WIDE_COMMON, HeadExperiments.WIDE_RARE),
                HeadExperiments.grid(heads, HeadExperiments.WIDE_COMMON, HeadExperiments.WIDE_RARE));
        ProtocolFold.each(x.p, outerFolds, "theme heads", f -> {
            ThemeFold t = new ThemeFold(x, f);
            HeadExperiments.Rule[] bests = new HeadExperiments.Rule[families.size()];
            for (int v = 0; v < families.size(); v++) {
                HeadExperiments.Rule best = Folds.best(families.get(v), t::devObjective);
                bests[v] = best;
                variants.get(v).chose(x.heads.get(best.head()).name() + " " + best.weight() + " " + best.common() + "/" + best.rare(),
                        t.devObjective(best));
                variants.get(v).add(t.testGold, x.predicted(t.test(best), x.thresholds(t.testFrequent, best.common(), best.rare())));
            }
            for (int v = 3; v < 5; v++) {
                HeadExperiments.Rule base = bests[v == 3 ? 2 : 0];
                double[] th = HeadExperiments.perTheme(t.dev(base), t.devGold, x.thresholds(t.devFrequent, base.common(), base.rare()));
                variants.get(v).chose(Arrays.toString(th), HeadExperiments.objective(HeadExperiments.counts(t.dev(base), t.devGold, th)));
                variants.get(v).add(t.testGold, x.predicted(t.test(base), th));
            }
        });
        System.out.println("== theme heads (" + SentenceEmbedding.MODEL + "), " + outerFolds + " folds, min development positives for a per-theme threshold "
                + HeadExperiments.MIN_DEV_POSITIVES);
        variants.forEach(Variant.Themes::print);
    }

    /**
     * Section {@code head-mlp-themes}: the application's rule ({@link ProductThemes}: head, weight, wide thresholds, then per-theme
     * thresholds, chosen per fold on its development fold) over the logistic heads (as now), over the perceptron heads alone,
     * and over both.
     */
    void mlp(int outerFolds) {
        int alone = 9, six = 10, twelve = 11;
        List<Integer> all = new ArrayList<>(HeadExperiments.THEME_HEADS);
        all.addAll(List.of(alone, six, twelve));
        ProductThemes product = new ProductThemes(x);
        List<ThemeFold> folds = product.folds(outerFolds);
        List<Variant.Themes> variants = List.of(product.honest(folds, HeadExperiments.THEME_HEADS, "logistic heads chosen"),
                product.honest(folds, List.of(0), "standard logistic (12 epochs)"), product.honest(folds, List.of(4), "6-epoch logistic"),
                product.honest(folds, List.of(alone), "mlp alone"), product.honest(folds, List.of(six), "mlp + 6-epoch logistic averaged"),
                product.honest(folds, List.of(twelve), "mlp + 12-epoch logistic averaged"), product.honest(folds, all, "any of these"));
        System.out.println("== theme heads with perceptrons (" + SentenceEmbedding.MODEL + "), " + outerFolds + " folds, the application's rule");
        variants.forEach(Variant.Themes::print);
        for (int head : List.of(0, 4, alone, six, twelve)) {
            product.printPooled(folds, List.of(head));
        }
    }
}

package org.coproduce.analysis.engine;

/**
 * Settings for training a {@link ThemeModel}: the OpenNLP algorithm (MAXENT_QN, MAXENT,
 * PERCEPTRON), its L2 cost and iterations, the decision thresholds for common and for rare themes
 * (rare ones need a lower bar to be found at all), how many times a
 * positive example of a rare theme is weighted at most (so the loss does not ignore it), and
 * whether to train the themes' models on all cores.
 */
public record ThemeTraining(String algorithm, double l2, int iterations, double threshold, double rareThreshold,
        int upsampling, boolean parallel) {

    /** A theme is rare when fewer than this share of the examples carry it. */
    static final double RARE = 0.05;

    public static ThemeTraining standard() {
        return new ThemeTraining("MAXENT_QN", 0.1, 50, 0.3, 0.2, 4, false);
    }

    public static ThemeTraining fromSystemProperties() {
        ThemeTraining d = standard();
        return new ThemeTraining(System.getProperty("algorithm", d.algorithm()),
                Double.parseDouble(System.getProperty("l2", String.valueOf(d.l2()))),
                Integer.parseInt(System.getProperty("iterations", String.valueOf(d.iterations()))),
                Double.parseDouble(System.getProperty("threshold", String.valueOf(d.threshold()))),
                Double.parseDouble(System.getProperty("rareThreshold", String.valueOf(d.rareThreshold()))),
                Integer.parseInt(System.getProperty("upsampling", String.valueOf(d.upsampling()))),
                Boolean.parseBoolean(System.getProperty("parallel", "false")));
    }
}

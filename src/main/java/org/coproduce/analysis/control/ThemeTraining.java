package org.coproduce.analysis.control;

/**
 * Settings for training a {@link ThemeModel}: the OpenNLP algorithm (MAXENT_QN, MAXENT,
 * PERCEPTRON), its L2 cost and iterations, the default decision threshold, and how many times a
 * positive example of a rare theme is weighted at most (so the loss does not ignore it), and
 * whether to train the themes' models on all cores.
 */
public record ThemeTraining(String algorithm, double l2, int iterations, double threshold, int upsampling,
        boolean parallel) {

    public static ThemeTraining standard() {
        return new ThemeTraining("MAXENT_QN", 0.3, 50, 0.3, 4, false);
    }

    public static ThemeTraining fromSystemProperties() {
        ThemeTraining d = standard();
        return new ThemeTraining(System.getProperty("algorithm", d.algorithm()),
                Double.parseDouble(System.getProperty("l2", String.valueOf(d.l2()))),
                Integer.parseInt(System.getProperty("iterations", String.valueOf(d.iterations()))),
                Double.parseDouble(System.getProperty("threshold", String.valueOf(d.threshold()))),
                Integer.parseInt(System.getProperty("upsampling", String.valueOf(d.upsampling()))),
                Boolean.parseBoolean(System.getProperty("parallel", "false")));
    }
}

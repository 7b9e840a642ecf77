package org.coproduce.analysis.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One variant of an experiment under the honest protocol: its parameters are chosen per fold on the development
 * fold; it sums the chosen parameters' development objective (a choice between variants may look only at its mean)
 * and their test figures, and prints both on one line.
 */
abstract sealed class Variant permits Variant.Themes, Variant.Sentiments {

    final String name;
    final List<String> chosen = new ArrayList<>();
    double development;
    int folds;

    Variant(String name) {
        this.name = name;
    }

    /** A fold's choice and its development objective; the caller adds its test figures. */
    void chose(String choice, double devObjective) {
        chosen.add(choice);
        development += devObjective;
        folds++;
    }

    double meanDevelopment() {
        return development / folds;
    }

    abstract String test();

    void print(String task) {
        System.out.printf("%s %-50s dev %.4f | test %s | %s%n", task, name, meanDevelopment(), test(), chosen);
    }

    /** Themes: development objective micro-F1 + macro-F1, test micro and macro P/R/F1. */
    static final class Themes extends Variant {
        final Scores scores;

        Themes(String name, List<String> topics) {
            super(name);
            scores = new Scores(topics);
        }

        /** Predictions on a test fold. */
        void add(List<Set<String>> gold, List<Set<String>> predicted) {
            for (int i = 0; i < gold.size(); i++) {
                scores.add(gold.get(i), predicted.get(i));
            }
        }

        @Override
        String test() {
            return scores.summary();
        }

        void print() {
            print("themes");
        }
    }

    /** Sentiment: development accuracy, test accuracy and the mixed class's recall. */
    static final class Sentiments extends Variant {
        /** {right, total, mixed right, mixed total} on the test folds. */
        final int[] counts = new int[4];

        Sentiments(String name) {
            super(name);
        }

        /** A test fold's {right, total, mixed right, mixed total}. */
        void add(int[] c) {
            for (int j = 0; j < 4; j++) {
                counts[j] += c[j];
            }
        }

        double accuracy() {
            return (double) counts[0] / counts[1];
        }

        @Override
        String test() {
            return String.format("accuracy %.3f (mixed recall %.2f)", accuracy(), (double) counts[2] / counts[3]);
        }

        void print() {
            print("sentiment");
        }
    }
}

package dev.deepdive.grading.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Scores one system's predictions against the gold grades. Every fitted piece (the isotonic calibration, the
 * threshold for "correct") is fitted on the other questions' rows only: folds are grouped by question, so the
 * numbers say how the system does on questions it has never seen.
 */
final class Evaluation {
    static final List<String> LABELS = List.of("correct", "contradictory", "incorrect");
    private static final int FOLDS = 5;

    private final List<Prediction> predictions;
    private final int[] fold;

    Evaluation(List<Prediction> predictions) {
        this.predictions = predictions;
        List<String> questions = new ArrayList<>(new TreeSet<>(predictions.stream().map(p -> p.row().questionId()).toList()));
        this.fold = predictions.stream().mapToInt(p -> questions.indexOf(p.row().questionId()) % FOLDS).toArray();
    }

    record ScoreMetrics(double pearson, double spearman, double calibratedPearson, double calibratedRmse, double kappa) {
    }

    record LabelMetrics(double macroF1, double weightedF1) {
    }

    ScoreMetrics scores(ToDoubleFunction<Prediction> system) {
        double[] x = predictions.stream().mapToDouble(system).toArray();
        double[] gold = predictions.stream().mapToDouble(p -> p.row().goldScore().orElseThrow()).toArray();
        double[] calibrated = calibrated(x, gold);
        int[] a = Arrays.stream(calibrated).mapToInt(v -> (int) Math.round(v)).toArray();
        int[] b = Arrays.stream(gold).mapToInt(v -> (int) Math.round(v)).toArray();
        return new ScoreMetrics(Metrics.pearson(x, gold), Metrics.spearman(x, gold), Metrics.pearson(calibrated, gold),
                Metrics.rmse(calibrated, gold), Metrics.quadraticKappa(a, b, 5));
    }

    /** Labels read off by a "correct from" threshold fitted on the other questions; below it, flagged rows are contradictory. */
    LabelMetrics thresholdLabels(ToDoubleFunction<Prediction> system, boolean useContradictions) {
        double[] x = predictions.stream().mapToDouble(system).toArray();
        String[] predicted = new String[x.length];
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            int[] train = IntStream.range(0, x.length).filter(i -> fold[i] != held).toArray();
            double best = Double.NaN, bestF1 = -1;
            for (double t : candidates(train, x)) {
                List<String> gold = new ArrayList<>(), guess = new ArrayList<>();
                for (int i : train) {
                    gold.add(predictions.get(i).row().goldLabel().orElseThrow());
                    guess.add(label(x[i], t, useContradictions && predictions.get(i).contradicts()));
                }
                double f1 = Metrics.macroAndWeightedF1(gold, guess, LABELS)[1];
                if (f1 > bestF1) {
                    bestF1 = f1;
                    best = t;
                }
            }
            for (int i = 0; i < x.length; i++)
                if (fold[i] == held) predicted[i] = label(x[i], best, useContradictions && predictions.get(i).contradicts());
        }
        return labelMetrics(Arrays.asList(predicted));
    }

    LabelMetrics zeroShotLabels() {
        return labelMetrics(predictions.stream().map(Prediction::zeroShotLabel).toList());
    }

    private LabelMetrics labelMetrics(List<String> predicted) {
        double[] f1 = Metrics.macroAndWeightedF1(predictions.stream().map(p -> p.row().goldLabel().orElseThrow()).toList(), predicted, LABELS);
        return new LabelMetrics(f1[0], f1[1]);
    }

    private double[] calibrated(double[] x, double[] gold) {
        double[] out = new double[x.length];
        for (int f = 0; f < FOLDS; f++) {
            int held = f;
            int[] train = IntStream.range(0, x.length).filter(i -> fold[i] != held).toArray();
            if (train.length == 0) train = IntStream.range(0, x.length).toArray();
            Isotonic iso = Isotonic.fit(Arrays.stream(train).mapToDouble(i -> x[i]).toArray(), Arrays.stream(train).mapToDouble(i -> gold[i]).toArray());
            for (int i = 0; i < x.length; i++) if (fold[i] == held) out[i] = iso.apply(x[i]);
        }
        return out;
    }

    private static double[] candidates(int[] train, double[] x) {
        double[] sorted = Arrays.stream(train).mapToDouble(i -> x[i]).sorted().toArray();
        if (sorted.length == 0) return new double[]{0};
        return IntStream.rangeClosed(1, 49).mapToDouble(q -> sorted[q * (sorted.length - 1) / 50]).distinct().toArray();
    }

    private static String label(double x, double threshold, boolean contradicts) {
        if (x >= threshold) return "correct";
        return contradicts ? "contradictory" : "incorrect";
    }
}

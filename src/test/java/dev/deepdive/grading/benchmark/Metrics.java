package dev.deepdive.grading.benchmark;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Agreement between predictions and human grades: correlation, error, kappa and F1. */
final class Metrics {
    private Metrics() {
    }

    static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0), my = Arrays.stream(y).average().orElse(0);
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }

    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    static double rmse(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) sum += (x[i] - y[i]) * (x[i] - y[i]);
        return Math.sqrt(sum / x.length);
    }

    /** Quadratic weighted kappa between two integer ratings in 0..max. */
    static double quadraticKappa(int[] a, int[] b, int max) {
        int k = max + 1;
        double[][] observed = new double[k][k];
        double[] ha = new double[k], hb = new double[k];
        for (int i = 0; i < a.length; i++) {
            observed[a[i]][b[i]]++;
            ha[a[i]]++;
            hb[b[i]]++;
        }
        double num = 0, den = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = (i - j) * (i - j) / (double) ((k - 1) * (k - 1));
                num += w * observed[i][j];
                den += w * ha[i] * hb[j] / a.length;
            }
        }
        return den == 0 ? 1 : 1 - num / den;
    }

    /** F1 per label, then their plain mean (macro) and their mean weighted by gold support (weighted). */
    static double[] macroAndWeightedF1(List<String> gold, List<String> predicted, List<String> labels) {
        double macro = 0, weighted = 0;
        for (String label : labels) {
            long tp = IntStream.range(0, gold.size()).filter(i -> gold.get(i).equals(label) && predicted.get(i).equals(label)).count();
            long goldCount = gold.stream().filter(label::equals).count();
            long predictedCount = predicted.stream().filter(label::equals).count();
            double f1 = goldCount + predictedCount == 0 ? 0 : 2.0 * tp / (goldCount + predictedCount);
            macro += f1 / labels.size();
            weighted += f1 * goldCount / gold.size();
        }
        return new double[]{macro, weighted};
    }

    private static double[] ranks(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().sorted(Comparator.comparingDouble(i -> values[i])).toArray(Integer[]::new);
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) j++;
            for (int t = i; t <= j; t++) ranks[order[t]] = (i + j) / 2.0;
            i = j + 1;
        }
        return ranks;
    }
}

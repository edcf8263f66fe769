package dev.deepdive.grading.benchmark;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** A monotone non-decreasing map from predicted to gold scores (pool adjacent violators), interpolated linearly. */
final class Isotonic {
    private final double[] xs;
    private final double[] ys;

    private Isotonic(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    static Isotonic fit(double[] x, double[] y) {
        Integer[] order = IntStream.range(0, x.length).boxed().sorted(Comparator.comparingDouble(i -> x[i])).toArray(Integer[]::new);
        double[] bx = new double[x.length], by = new double[x.length], bw = new double[x.length];
        int blocks = 0;
        for (int i : order) {
            bx[blocks] = x[i];
            by[blocks] = y[i];
            bw[blocks] = 1;
            blocks++;
            while (blocks > 1 && by[blocks - 2] >= by[blocks - 1]) {
                double w = bw[blocks - 2] + bw[blocks - 1];
                by[blocks - 2] = (by[blocks - 2] * bw[blocks - 2] + by[blocks - 1] * bw[blocks - 1]) / w;
                bx[blocks - 2] = (bx[blocks - 2] * bw[blocks - 2] + bx[blocks - 1] * bw[blocks - 1]) / w;
                bw[blocks - 2] = w;
                blocks--;
            }
        }
        return new Isotonic(Arrays.copyOf(bx, blocks), Arrays.copyOf(by, blocks));
    }

    double apply(double x) {
        if (x <= xs[0]) return ys[0];
        if (x >= xs[xs.length - 1]) return ys[ys.length - 1];
        int i = Arrays.binarySearch(xs, x);
        if (i >= 0) return ys[i];
        int hi = -i - 1, lo = hi - 1;
        return ys[lo] + (ys[hi] - ys[lo]) * (x - xs[lo]) / (xs[hi] - xs[lo]);
    }
}

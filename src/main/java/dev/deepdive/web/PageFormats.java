package dev.deepdive.web;

import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Number, date and chart formatting for the page templates, so the templates hold no arithmetic. */
@TemplateExtension
final class PageFormats {
    static final double MAX_SCORE = 5.0;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PageFormats() {
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String signed(double value) {
        return (value > 0 ? "+" : value < 0 ? "\u2212" : "\u00b1") + String.format(Locale.ROOT, "%.1f", Math.abs(value));
    }

    /** A score out of 5 as a bar width in percent. */
    static long percent(double score) {
        return Math.round(Math.max(0, Math.min(MAX_SCORE, score)) / MAX_SCORE * 100);
    }

    /** A verdict colour class for a score, on the same bands as the grader's verdicts. */
    static String band(double score) {
        return score >= 3.5 ? "strong" : score >= 2 ? "partial" : "weak";
    }

    static String display(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** Where the latest score sits on the sparkline, so even a single score shows as a dot. */
    static String lastX(TrendView trend) {
        return trend.points().size() == 1 ? "50" : "96";
    }

    static String lastY(TrendView trend) {
        return String.format(Locale.ROOT, "%.1f", 27 - trend.latest() / MAX_SCORE * 24);
    }

    /** The points of an SVG polyline in a 100 by 30 box, scores 0 to 5 from bottom to top. */
    static String sparkline(TrendView trend) {
        List<Double> scores = trend.points().stream().map(p -> p.score()).toList();
        int n = scores.size();
        return IntStream.range(0, n)
                .mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", n == 1 ? 50.0 : 4 + 92.0 * i / (n - 1),
                        27 - scores.get(i) / MAX_SCORE * 24))
                .collect(Collectors.joining(" "));
    }
}

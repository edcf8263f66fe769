package dev.deepdive.grading.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The outcome of one benchmark run: per-row predictions and the metrics table, as files a person can read. */
public final class Report {
    private final String name;
    private final List<Prediction> predictions;
    private final double answersPerSecond;
    private final int threads;
    private final String context;

    Report(String name, List<Prediction> predictions, double answersPerSecond, int threads, String context) {
        this.name = name;
        this.predictions = predictions;
        this.answersPerSecond = answersPerSecond;
        this.threads = threads;
        this.context = context;
    }

    public double answersPerSecond() {
        return answersPerSecond;
    }

    public Evaluation.ScoreMetrics graderScores() {
        return new Evaluation(predictions).scores(p -> p.grade().score());
    }

    String markdown() {
        Evaluation evaluation = new Evaluation(predictions);
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "# %s%n%n%d answers to %d questions; %.1f answers/s on %d threads (%d cores). %s.%n%n", name, predictions.size(),
                predictions.stream().map(p -> p.row().questionId()).distinct().count(), answersPerSecond, threads,
                Runtime.getRuntime().availableProcessors(), context));
        List<Contender> systems = List.of(new Contender("embedded grader", p -> p.grade().score(), true),
                new Contender("tf-idf cosine", Prediction::tfidfCosine, false),
                new Contender("embedding cosine", Prediction::embeddingCosine, false));
        if (predictions.stream().allMatch(p -> p.row().goldScore().isPresent())) {
            md.append("| system | Pearson r | Spearman rho | Pearson r, calibrated | RMSE, calibrated | QWK, calibrated |\n|---|---|---|---|---|---|\n");
            for (Contender s : systems) {
                Evaluation.ScoreMetrics m = evaluation.scores(s.score());
                md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", s.name(), m.pearson(), m.spearman(),
                        m.calibratedPearson(), m.calibratedRmse(), m.kappa()));
            }
            md.append("\n");
        }
        if (predictions.stream().allMatch(p -> p.row().goldLabel().isPresent())) {
            md.append("| system | 3-way macro F1 | 3-way weighted F1 |\n|---|---|---|\n");
            Evaluation.LabelMetrics zero = evaluation.zeroShotLabels();
            md.append(String.format(Locale.ROOT, "| embedded grader, verdict (zero-shot) | %.3f | %.3f |%n", zero.macroF1(), zero.weightedF1()));
            for (Contender s : systems) {
                Evaluation.LabelMetrics m = evaluation.thresholdLabels(s.score(), s.flagsContradictions());
                md.append(String.format(Locale.ROOT, "| %s, threshold fitted on other questions | %.3f | %.3f |%n", s.name(), m.macroF1(), m.weightedF1()));
            }
            md.append("\n");
        }
        return md.toString();
    }

    String predictionsCsv() {
        StringBuilder csv = new StringBuilder("question_id,gold_score,gold_label,score,verdict,label,covered,misconceptions,tfidf_cosine,embedding_cosine\n");
        for (Prediction p : predictions) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%.1f,%s,%s,%d/%d,%d,%.4f,%.4f%n", quote(p.row().questionId()),
                    p.row().goldScore().map(String::valueOf).orElse(""), p.row().goldLabel().orElse(""), p.grade().score(),
                    p.grade().verdict().label(), p.zeroShotLabel(), p.grade().keyPoints().size() - p.grade().missed().size(),
                    p.grade().keyPoints().size(), p.grade().misconceptions().size(), p.tfidfCosine(), p.embeddingCosine()));
        }
        return csv.toString();
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private record Contender(String name, ToDoubleFunction<Prediction> score, boolean flagsContradictions) {
    }
}

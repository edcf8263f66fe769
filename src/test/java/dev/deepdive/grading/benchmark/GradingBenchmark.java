package dev.deepdive.grading.benchmark;

import dev.deepdive.grading.EmbeddedGrader;
import dev.deepdive.grading.Embedder;
import dev.deepdive.grading.Grader;
import dev.deepdive.grading.ReferenceKeyPoints;
import dev.deepdive.grading.Rubric;
import dev.deepdive.grading.Vectors;
import dev.deepdive.grading.embedding.OnnxEmbedder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Grades benchmark CSVs through the service's grader and writes per-row predictions and metrics, with the
 * tf-idf and embedding-cosine baselines measured on the same rows. The grader is a parameter, so a model judge
 * can be run through the same harness.
 *
 * <pre>./mvnw -o -q test-compile exec:java -Dbenchmark.data=../shared/benchmarks/grading/mohler-dev.csv,...</pre>
 */
public final class GradingBenchmark {
    private final Grader grader;
    private final Embedder embedder;
    private final int threads;
    private final PrintStream progress;

    public GradingBenchmark(Grader grader, Embedder embedder, int threads, PrintStream progress) {
        this.grader = grader;
        this.embedder = embedder;
        this.threads = threads;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        String model = System.getProperty("benchmark.model", OnnxEmbedder.DEFAULT_MODEL);
        Path out = Path.of(System.getProperty("benchmark.out", "target/benchmarks"));
        int threads = Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors());
        int limit = Integer.getInteger("benchmark.limit", Integer.MAX_VALUE);
        List<Path> data = Stream.of(System.getProperty("benchmark.data",
                "../shared/benchmarks/grading/mohler-dev.csv,../shared/benchmarks/grading/scientsbank-train.csv").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();

        long rssBefore = ModelMemory.residentBytes();
        long start = System.nanoTime();
        OnnxEmbedder embedder = OnnxEmbedder.named(model);
        embedder.embed("warm up the model");
        String memory = String.format(Locale.ROOT, "model %s: loaded in %.1f s, process resident memory +%d MB",
                model.substring(model.lastIndexOf('.') + 1), (System.nanoTime() - start) / 1e9,
                (ModelMemory.residentBytes() - rssBefore) >> 20);
        System.out.println(memory);
        GradingBenchmark benchmark = new GradingBenchmark(new EmbeddedGrader(embedder), embedder, threads, System.out);
        for (Path file : data) {
            if (!Files.exists(file)) {
                System.out.println("skipped (not found): " + file);
                continue;
            }
            List<BenchmarkRow> rows = BenchmarkCsv.read(file);
            benchmark.run(name(file), rows.subList(0, Math.min(limit, rows.size())), out, memory);
        }
    }

    /** Grades every row, then writes {@code <name>-predictions.csv} and {@code <name>-metrics.md} to {@code out}. */
    public Report run(String name, List<BenchmarkRow> rows, Path out, String context) throws Exception {
        TfIdf tfidf = new TfIdf(rows.stream().flatMap(r -> Stream.of(r.referenceAnswer(), r.studentAnswer())).distinct().toList());
        long start = System.nanoTime();
        List<Prediction> predictions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prediction>> futures = rows.stream().map(r -> pool.submit(() -> predict(r, tfidf))).toList();
            for (int i = 0; i < futures.size(); i++) {
                predictions.add(futures.get(i).get());
                if ((i + 1) % 200 == 0 || i + 1 == futures.size())
                    progress.printf(Locale.ROOT, "%s: %d/%d graded, %.1f answers/s%n", name, i + 1, rows.size(), (i + 1) / seconds(start));
            }
        } finally {
            pool.shutdown();
        }
        Report report = new Report(name, predictions, rows.size() / seconds(start), threads, context);
        Files.createDirectories(out);
        Files.writeString(out.resolve(name + "-predictions.csv"), report.predictionsCsv());
        Files.writeString(out.resolve(name + "-metrics.md"), report.markdown());
        progress.println(report.markdown());
        return report;
    }

    private Prediction predict(BenchmarkRow row, TfIdf tfidf) {
        Rubric rubric = new Rubric(row.question(), row.referenceAnswer(), ReferenceKeyPoints.derive(row.referenceAnswer()), List.of());
        double cosine = Vectors.cosine(embedder.embed(row.referenceAnswer()), embedder.embed(row.studentAnswer().isBlank() ? "-" : row.studentAnswer()));
        return new Prediction(row, grader.grade(rubric, row.studentAnswer()), tfidf.cosine(row.referenceAnswer(), row.studentAnswer()), cosine);
    }


    private static double seconds(long start) {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    private static String name(Path file) {
        String f = file.getFileName().toString();
        return f.endsWith(".csv") ? f.substring(0, f.length() - 4) : f;
    }
}

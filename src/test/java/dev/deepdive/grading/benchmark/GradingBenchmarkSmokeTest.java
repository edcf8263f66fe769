package dev.deepdive.grading.benchmark;

import dev.deepdive.grading.EmbeddedGrader;
import dev.deepdive.grading.Embedder;
import dev.deepdive.grading.embedding.OnnxEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GradingBenchmarkSmokeTest {
    @Test
    void gradesAFixtureAndWritesPredictionsAndMetrics(@TempDir Path out) throws Exception {
        Path fixture = Path.of(getClass().getResource("/benchmarks/smoke.csv").toURI());
        List<BenchmarkRow> rows = BenchmarkCsv.read(fixture);
        Embedder embedder = OnnxEmbedder.standard();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        Report report = new GradingBenchmark(new EmbeddedGrader(embedder), embedder, 1, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run("smoke", rows, out, "smoke test");

        assertThat(rows).hasSize(20);
        assertThat(Files.readAllLines(out.resolve("smoke-predictions.csv"))).hasSize(21);
        assertThat(Files.readString(out.resolve("smoke-metrics.md")))
                .contains("| embedded grader |", "| tf-idf cosine |", "| embedding cosine |", "3-way weighted F1");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("20/20 graded");
        assertThat(report.graderScores().pearson()).isGreaterThan(0.5);
        assertThat(report.answersPerSecond()).isPositive();
    }
}

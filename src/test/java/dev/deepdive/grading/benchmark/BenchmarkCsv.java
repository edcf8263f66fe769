package dev.deepdive.grading.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a benchmark CSV (RFC 4180, quoted fields may span lines). Required columns: question, reference_answer,
 * student_answer; optional: question_id, score_avg_0to5 or score (gold 0-5), label_3way or label (gold verdict).
 */
final class BenchmarkCsv {
    private BenchmarkCsv() {
    }

    static List<BenchmarkRow> read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < records.get(0).size(); i++) column.put(records.get(0).get(i).strip(), i);
        for (String required : List.of("question", "reference_answer", "student_answer"))
            if (!column.containsKey(required)) throw new IllegalArgumentException(file + " has no column " + required);
        List<BenchmarkRow> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() < column.size()) continue;
            String question = r.get(column.get("question"));
            String id = first(r, column, "question_id").orElse(question);
            Optional<Double> score = first(r, column, "score_avg_0to5", "score").filter(s -> !s.isBlank()).map(Double::valueOf);
            Optional<String> label = first(r, column, "label_3way", "label").filter(s -> !s.isBlank());
            rows.add(new BenchmarkRow(id, question, r.get(column.get("reference_answer")), r.get(column.get("student_answer")), score, label));
        }
        return rows;
    }

    private static Optional<String> first(List<String> record, Map<String, Integer> column, String... names) {
        for (String name : names) if (column.containsKey(name)) return Optional.of(record.get(column.get(name)));
        return Optional.empty();
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') field.append(text.charAt(++i));
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                if (record.size() > 1 || !record.get(0).isEmpty()) records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}

package dev.deepdive.transcript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a candidate's mastery of each topic moved across interviews: is the practice paying off? */
public final class TopicTrends {
    private TopicTrends() {
    }

    /** The score one interview gave a topic. */
    public record Point(String interviewId, Instant at, double score) {
    }

    /** One topic's scores, oldest first. */
    public record Trend(String topicId, String title, String stage, List<Point> points) {
        public Trend {
            if (points.isEmpty()) throw new IllegalArgumentException("a trend needs at least one score: " + topicId);
            points = List.copyOf(points);
        }

        public double latest() {
            return points.get(points.size() - 1).score();
        }

        /** Latest minus first score; zero for a topic met only once. */
        public double change() {
            return Math.round((latest() - points.get(0).score()) * 10) / 10.0;
        }
    }

    /** Trends from any set of reports: the topics met most often first, then by title. */
    public static List<Trend> of(List<Report> reports) {
        Map<String, List<Point>> points = new LinkedHashMap<>();
        Map<String, Report.TopicMastery> topics = new LinkedHashMap<>();
        reports.stream().sorted(Comparator.comparing(Report::startedAt)).forEach(report ->
                report.mastery().forEach(m -> {
                    topics.putIfAbsent(m.topicId(), m);
                    points.computeIfAbsent(m.topicId(), id -> new ArrayList<>())
                            .add(new Point(report.interviewId(), report.startedAt(), m.score()));
                }));
        return topics.values().stream()
                .map(m -> new Trend(m.topicId(), m.title(), m.stage(), points.get(m.topicId())))
                .sorted(Comparator.comparing((Trend t) -> -t.points().size()).thenComparing(Trend::title))
                .toList();
    }
}

package dev.deepdive.web;

import dev.deepdive.transcript.TopicTrends;

import java.util.List;

/** One topic's scores across interviews, oldest first, with the latest score and the change since the first. */
public record TrendView(String topicId, String title, String stage, List<TopicTrends.Point> points, double latest, double change) {
    static TrendView of(TopicTrends.Trend t) {
        return new TrendView(t.topicId(), t.title(), t.stage(), t.points(), t.latest(), t.change());
    }
}

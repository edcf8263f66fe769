package dev.deepdive.transcript;

import dev.deepdive.transcript.Report.TopicMastery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTrendsTest {
    static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T09:00:00Z");

    static Report report(String id, Instant at, TopicMastery... mastery) {
        return new Report(id, "practice", true, at, at, mastery.length, mastery.length, 0, "weak",
                List.of(mastery), List.of(), List.of(), List.of());
    }

    static TopicMastery mastery(String topic, double score) {
        return new TopicMastery(topic, topic.toUpperCase(), "rlvr", 1, score, "partial");
    }

    @Test
    void ordersEachTopicsScoresByInterviewDateWhateverTheInputOrder() {
        List<TopicTrends.Trend> trends = TopicTrends.of(List.of(
                report("later", TUESDAY, mastery("grpo", 4.0)),
                report("earlier", MONDAY, mastery("grpo", 1.5), mastery("ppo", 2.0))));

        TopicTrends.Trend grpo = trends.get(0);
        assertThat(grpo.topicId()).isEqualTo("grpo");
        assertThat(grpo.points()).extracting(TopicTrends.Point::interviewId).containsExactly("earlier", "later");
        assertThat(grpo.latest()).isEqualTo(4.0);
        assertThat(grpo.change()).isEqualTo(2.5);
    }

    @Test
    void putsTheTopicsMetMostOftenFirstAndAOneOffTopicHasNoChange() {
        List<TopicTrends.Trend> trends = TopicTrends.of(List.of(
                report("a", MONDAY, mastery("ppo", 3.0), mastery("grpo", 2.0)),
                report("b", TUESDAY, mastery("grpo", 3.0))));

        assertThat(trends).extracting(TopicTrends.Trend::topicId).containsExactly("grpo", "ppo");
        assertThat(trends.get(1).change()).isZero();
    }

    @Test
    void noReportsMeansNoTrends() {
        assertThat(TopicTrends.of(List.of())).isEmpty();
    }
}

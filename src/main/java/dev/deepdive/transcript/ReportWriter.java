package dev.deepdive.transcript;

import dev.deepdive.bank.Question;
import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import dev.deepdive.grading.KeyPointResult;
import dev.deepdive.grading.Verdict;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.Turn;
import dev.deepdive.transcript.Report.Finding;
import dev.deepdive.transcript.Report.StudyItem;
import dev.deepdive.transcript.Report.TopicMastery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Sums an interview up into a {@link Report}, reading topic titles and sources from the bank. */
public final class ReportWriter {
    private final QuestionBank bank;

    public ReportWriter(QuestionBank bank) {
        this.bank = bank;
    }

    public Report write(Interview interview) {
        List<Turn> closed = interview.closedTurns();
        Map<String, List<Turn>> byTopic = closed.stream()
                .collect(Collectors.groupingBy(t -> t.question().topicId(), LinkedHashMap::new, Collectors.toList()));
        List<TopicMastery> mastery = byTopic.entrySet().stream().map(e -> mastery(e.getKey(), e.getValue())).toList();
        List<Finding> strengths = new ArrayList<>();
        List<Finding> gaps = new ArrayList<>();
        for (Turn turn : closed) {
            Topic topic = topic(turn);
            if (turn.skipped()) {
                gaps.add(new Finding(topic.id(), topic.title(), "Skipped: " + turn.question().text()));
                continue;
            }
            for (KeyPointResult k : turn.grade().keyPoints())
                (k.covered() ? strengths : gaps).add(new Finding(topic.id(), topic.title(), k.text()));
            turn.grade().misconceptions().forEach(m ->
                    gaps.add(new Finding(topic.id(), topic.title(), "Misconception voiced: " + m.text())));
        }
        double overall = interview.overallScore();
        return new Report(interview.id(), interview.mode().label(), interview.isFinished(), interview.startedAt(),
                interview.end().map(e -> e.at()).orElse(null), interview.asked(),
                (int) closed.stream().filter(t -> !t.skipped()).count(), overall,
                closed.isEmpty() ? Verdict.NO_ANSWER.label() : Verdict.of(overall).label(),
                mastery, distinct(strengths), distinct(gaps), studyPlan(byTopic, mastery));
    }

    private TopicMastery mastery(String topicId, List<Turn> turns) {
        Topic topic = bank.topic(topicId).orElseThrow();
        double score = round(turns.stream().mapToDouble(Turn::score).average().orElse(0));
        return new TopicMastery(topicId, topic.title(), topic.stage(), turns.size(), score, Verdict.of(score).label());
    }

    private List<StudyItem> studyPlan(Map<String, List<Turn>> byTopic, List<TopicMastery> mastery) {
        List<StudyItem> plan = new ArrayList<>();
        for (TopicMastery m : mastery) {
            Set<String> focus = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Turn turn : byTopic.get(m.topicId())) {
                Question q = bank.question(turn.question().questionId()).orElseThrow();
                List<String> missed = turn.skipped()
                        ? q.keyPoints().stream().map(k -> k.text()).toList()
                        : turn.grade().missed().stream().map(KeyPointResult::text).toList();
                focus.addAll(missed);
                if (!missed.isEmpty() || (!turn.skipped() && !turn.grade().misconceptions().isEmpty())) sources.addAll(q.sources());
            }
            if (!focus.isEmpty() || !sources.isEmpty()) {
                if (sources.isEmpty()) sources.addAll(bank.topic(m.topicId()).orElseThrow().sources());
                plan.add(new StudyItem(m.topicId(), m.title(), m.score(), List.copyOf(focus), List.copyOf(sources)));
            }
        }
        plan.sort(Comparator.comparingDouble(StudyItem::score));
        return plan;
    }

    private Topic topic(Turn turn) {
        return bank.topic(turn.question().topicId()).orElseThrow();
    }

    private static List<Finding> distinct(List<Finding> findings) {
        return List.copyOf(new LinkedHashSet<>(findings));
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }
}

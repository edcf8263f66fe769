package dev.deepdive.interview;

import dev.deepdive.bank.FollowUp;
import dev.deepdive.bank.Question;
import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import dev.deepdive.grading.KeyPointResult;
import dev.deepdive.grading.Verdict;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides where the interview goes after each answer, like a senior interviewer: zoom in on strength, probe a gap
 * with a follow-up, zoom out to prerequisites on weakness until the candidate's floor is found, then climb back.
 * Deterministic: the same history always leads to the same question.
 */
public final class NextQuestionPolicy {
    static final int OPENING_DIFFICULTY = 1;

    private final QuestionBank bank;
    private final int stageRun;

    public NextQuestionPolicy(QuestionBank bank, InterviewRules rules) {
        this.bank = bank;
        this.stageRun = rules.stageRun();
    }

    public Plan opening(Topic topic) {
        Question first = pick(topic.id(), OPENING_DIFFICULTY, Set.of()).orElseThrow();
        return Plan.ask(new ZoomMove(MoveType.OPEN, null, topic.id(), "Opening on " + topic.title() + "."), first);
    }

    /** The plan after the last answered or skipped turn. */
    public Plan next(Interview interview) {
        if (interview.asked() >= interview.maxQuestions())
            return end(interview, "The budget of " + interview.maxQuestions() + " questions is used.");
        Turn last = interview.closedTurns().get(interview.closedTurns().size() - 1);
        Context c = new Context(interview, last);
        Verdict verdict = last.skipped() ? Verdict.NO_ANSWER : last.grade().verdict();
        Optional<Plan> plan = switch (verdict) {
            case STRONG -> c.climbBack().or(c::spread).or(c::zoomIn).or(c::harder);
            case PARTIAL -> c.followUp().or(c::spread).or(c::sameDepth);
            case WEAK, NO_ANSWER -> c.zoomOut().or(c::easier);
        };
        return plan.or(c::lateral).orElseGet(() -> end(interview, "Every question on the map has been asked."));
    }

    private static Plan end(Interview interview, String reason) {
        String at = interview.turns().isEmpty() ? null : interview.turns().get(interview.turns().size() - 1).question().topicId();
        return Plan.end(new ZoomMove(MoveType.END, at, null, reason));
    }

    /** The unasked question of a topic closest to a difficulty, the easier one on a tie. */
    private Optional<Question> pick(String topicId, int difficulty, Set<String> asked) {
        return bank.questionsOf(topicId).stream()
                .filter(q -> !asked.contains(q.id()))
                .min(Comparator.comparingInt((Question q) -> Math.abs(q.difficulty() - difficulty))
                        .thenComparingInt(Question::difficulty).thenComparing(Question::id));
    }

    /** The facts about one interview that every rule reads. */
    private final class Context {
        private final Interview interview;
        private final Turn last;
        private final Question question;
        private final Topic topic;
        private final Set<String> asked;
        private final Set<String> visited;
        private final String grade;

        Context(Interview interview, Turn last) {
            this.interview = interview;
            this.last = last;
            this.question = bank.question(last.question().questionId()).orElseThrow();
            this.topic = bank.topic(question.topicId()).orElseThrow();
            this.asked = interview.turns().stream().map(t -> t.question().questionId()).collect(Collectors.toSet());
            this.visited = interview.turns().stream().map(t -> t.question().topicId()).collect(Collectors.toSet());
            this.grade = last.skipped() ? "Skipped" : last.grade().verdict() == Verdict.NO_ANSWER ? "No answer"
                    : String.format("%s answer (%.1f/5)", capitalised(last.grade().verdict().label()), last.grade().score());
        }

        Optional<Plan> climbBack() {
            return floors().stream().findFirst().flatMap(floor -> {
                int failedAt = interview.turns().stream().filter(t -> t.question().topicId().equals(floor))
                        .reduce((a, b) -> b).map(t -> t.question().difficulty()).orElse(question.difficulty());
                return move(MoveType.ZOOM_IN, floor, failedAt,
                        "%s on %s: climbing back to %s, where the interview zoomed out.", grade, topic.title(), title(floor));
            });
        }

        Optional<Plan> spread() {
            if (stageRunLength() < stageRun || unvisitedStages().isEmpty()) return Optional.empty();
            return lateral();
        }

        Optional<Plan> zoomIn() {
            return unvisitedFirst(topic.children().stream()).map(child -> move(MoveType.ZOOM_IN, child, question.difficulty(),
                    "%s on %s: zooming in to %s.", grade, topic.title(), title(child))).flatMap(Optional::stream).findFirst();
        }

        Optional<Plan> harder() {
            return bank.questionsOf(topic.id()).stream().filter(q -> q.difficulty() > question.difficulty() && !asked.contains(q.id()))
                    .findFirst().map(q -> Plan.ask(new ZoomMove(MoveType.ZOOM_IN, topic.id(), topic.id(),
                            String.format("%s on %s: a harder question on the same topic.", grade, topic.title())), q));
        }

        Optional<Plan> followUp() {
            if (last.question().isFollowUp()) return Optional.empty();
            return last.grade().missed().stream()
                    .sorted(Comparator.comparingDouble(KeyPointResult::weight).reversed())
                    .flatMap(missed -> question.followUps().stream().filter(f -> f.probes().equals(missed.id())))
                    .findFirst()
                    .map((FollowUp f) -> Plan.followUp(new ZoomMove(MoveType.FOLLOW_UP, topic.id(), topic.id(),
                            String.format("%s on %s: a follow-up on a point the answer missed.", grade, topic.title())), question, f));
        }

        Optional<Plan> sameDepth() {
            return move(MoveType.LATERAL, topic.id(), question.difficulty(), "%s on %s: another angle at the same depth.", grade, topic.title());
        }

        Optional<Plan> zoomOut() {
            Stream<String> downward = Stream.concat(topic.prerequisites().stream(), topic.parent().stream());
            return unvisitedFirst(downward).map(target -> move(MoveType.ZOOM_OUT, target, Math.max(1, question.difficulty() - 1),
                    "%s on %s: zooming out to %s to find solid ground.", grade, topic.title(), title(target)))
                    .flatMap(Optional::stream).findFirst();
        }

        Optional<Plan> easier() {
            return bank.questionsOf(topic.id()).stream().filter(q -> q.difficulty() < question.difficulty() && !asked.contains(q.id()))
                    .reduce((a, b) -> b).map(q -> Plan.ask(new ZoomMove(MoveType.ZOOM_OUT, topic.id(), topic.id(),
                            String.format("%s on %s: an easier question on the same topic.", grade, topic.title())), q));
        }

        /** Sideways to cover the map: an unvisited stage first, a topic linked to the path next, the nearest stage last. */
        Optional<Plan> lateral() {
            int here = bank.stageIndex(topic.stage());
            Set<String> stagesSeen = visited.stream().map(id -> bank.topic(id).orElseThrow().stage()).collect(Collectors.toSet());
            Set<String> linked = visited.stream().map(id -> bank.topic(id).orElseThrow())
                    .flatMap(t -> Stream.of(t.children().stream(), t.prerequisites().stream(), t.parent().stream()).flatMap(s -> s))
                    .collect(Collectors.toSet());
            int difficulty = last.skipped() || last.grade().verdict().compareTo(Verdict.PARTIAL) > 0
                    ? Math.max(1, question.difficulty() - 1) : question.difficulty();
            return bank.topics().stream()
                    .filter(t -> !t.id().equals(topic.id()) && pick(t.id(), difficulty, asked).isPresent())
                    .min(Comparator.comparing((Topic t) -> stagesSeen.contains(t.stage()))
                            .thenComparing(t -> !linked.contains(t.id()))
                            .thenComparing(t -> visited.contains(t.id()))
                            .thenComparingInt(t -> Math.abs(bank.stageIndex(t.stage()) - here)))
                    .flatMap(t -> move(MoveType.LATERAL, t.id(), difficulty, "%s on %s: moving across the map to %s (%s).",
                            grade, topic.title(), t.title(), stageTitle(t)));
        }

        private Optional<Plan> move(MoveType type, String to, int difficulty, String reason, Object... args) {
            return pick(to, difficulty, asked).map(q -> Plan.ask(new ZoomMove(type, topic.id(), to, String.format(reason, args)), q));
        }

        private Stream<String> unvisitedFirst(Stream<String> topics) {
            List<String> ids = topics.distinct().toList();
            return Stream.concat(ids.stream().filter(id -> !visited.contains(id)), ids.stream().filter(visited::contains));
        }

        /** Topics the interview zoomed out of and has not yet returned to, the most recent first. */
        private Deque<String> floors() {
            Deque<String> floors = new ArrayDeque<>();
            for (Turn t : interview.turns()) {
                String to = t.question().topicId();
                while (!floors.isEmpty() && floors.peek().equals(to)) floors.pop();
                if (t.move().type() == MoveType.ZOOM_OUT && t.move().fromTopic() != null && !t.move().fromTopic().equals(to))
                    floors.push(t.move().fromTopic());
            }
            return floors;
        }

        private int stageRunLength() {
            int run = 0;
            for (int i = interview.turns().size() - 1; i >= 0; i--) {
                String stage = bank.topic(interview.turns().get(i).question().topicId()).orElseThrow().stage();
                if (!stage.equals(topic.stage())) break;
                run++;
            }
            return run;
        }

        private Set<String> unvisitedStages() {
            Set<String> seen = visited.stream().map(id -> bank.topic(id).orElseThrow().stage()).collect(Collectors.toSet());
            return bank.topics().stream().map(Topic::stage).filter(s -> !seen.contains(s)).collect(Collectors.toSet());
        }

        private String title(String topicId) {
            return bank.topic(topicId).map(Topic::title).orElse(topicId);
        }

        private String stageTitle(Topic t) {
            return bank.stages().get(bank.stageIndex(t.stage())).title();
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package dev.deepdive.interview;

import dev.deepdive.bank.Question;
import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.Grader;
import dev.deepdive.grading.Rubric;
import dev.deepdive.interview.InterviewEvent.Answered;
import dev.deepdive.interview.InterviewEvent.Asked;
import dev.deepdive.interview.InterviewEvent.Ended;
import dev.deepdive.interview.InterviewEvent.HintGiven;
import dev.deepdive.interview.InterviewEvent.Skipped;
import dev.deepdive.interview.InterviewEvent.Started;
import dev.deepdive.interview.InterviewException.Kind;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a candidate's actions into the events that record them: grades each answer against the bank and lets the
 * policy choose the next question. It decides and records; it never stores.
 */
public final class InterviewEngine {
    private final QuestionBank bank;
    private final Grader grader;
    private final QuestionWording wording;
    private final NextQuestionPolicy policy;
    private final InterviewRules rules;
    private final Clock clock;

    public InterviewEngine(QuestionBank bank, Grader grader, QuestionWording wording, InterviewRules rules, Clock clock) {
        this.bank = bank;
        this.grader = grader;
        this.wording = wording;
        this.policy = new NextQuestionPolicy(bank, rules);
        this.rules = rules;
        this.clock = clock;
    }

    public List<InterviewEvent> start(String id, StartRequest request) {
        return start(id, request, TurnListener.NONE);
    }

    public List<InterviewEvent> start(String id, StartRequest request, TurnListener listener) {
        String topicId = request.topic().orElse(bank.entryTopic().id());
        Topic topic = bank.topic(topicId).orElseThrow(() -> new InterviewException(Kind.UNKNOWN_TOPIC, "topic",
                "Unknown topic '" + topicId + "'; GET /api/topics lists them."));
        int max = request.maxQuestions().orElse(rules.defaultQuestions());
        if (max < 1 || max > rules.maxQuestions())
            throw InterviewException.invalid("maxQuestions", "maxQuestions must be between 1 and " + rules.maxQuestions() + ".");
        Started started = new Started(clock.instant(), id, request.mode(), max, topic.id());
        return continueWith(Interview.replay(List.of(started)), List.of(started), policy.opening(topic), listener);
    }

    public List<InterviewEvent> answer(Interview interview, String text) {
        return answer(interview, text, TurnListener.NONE);
    }

    public List<InterviewEvent> answer(Interview interview, String text, TurnListener listener) {
        Turn turn = open(interview);
        if (text == null) throw InterviewException.invalid("text", "The answer needs a 'text' field.");
        if (text.length() > rules.maxAnswerChars())
            throw new InterviewException(Kind.ANSWER_TOO_LONG, "text",
                    "The answer has " + text.length() + " characters; the limit is " + rules.maxAnswerChars() + ".");
        Grade grade = grader.grade(rubric(turn.question()), text);
        Answered answered = new Answered(clock.instant(), text, grade);
        return next(interview, answered, listener);
    }

    public List<InterviewEvent> skip(Interview interview) {
        return skip(interview, TurnListener.NONE);
    }

    public List<InterviewEvent> skip(Interview interview, TurnListener listener) {
        open(interview);
        return next(interview, new Skipped(clock.instant()), listener);
    }

    public HintGiven hint(Interview interview) {
        Turn turn = open(interview);
        if (interview.mode() == Mode.REAL)
            throw new InterviewException(Kind.NOT_ALLOWED, null, "Hints are only available in practice mode.");
        List<String> hints = bank.question(turn.question().questionId()).orElseThrow().hints();
        if (turn.hints().size() >= hints.size())
            throw new InterviewException(Kind.NOT_ALLOWED, null, "No more hints for this question.");
        return new HintGiven(clock.instant(), hints.get(turn.hints().size()));
    }

    public int hintCount(AskedQuestion question) {
        return bank.question(question.questionId()).orElseThrow().hints().size();
    }

    public List<InterviewEvent> end(Interview interview) {
        if (interview.isFinished()) throw finished(interview);
        String at = interview.current().map(t -> t.question().topicId()).orElse(null);
        return List.of(new Ended(clock.instant(), new ZoomMove(MoveType.END, at, null, "The candidate ended the interview.")));
    }

    /** What an answer to this question is graded against; a follow-up is graded on the key point it probes. */
    public Rubric rubric(AskedQuestion asked) {
        Question q = bank.question(asked.questionId()).orElseThrow();
        var keyPoints = asked.isFollowUp() ? q.keyPoint(asked.probes()).map(List::of).orElse(q.keyPoints()) : q.keyPoints();
        return new Rubric(asked.text(), q.referenceAnswer(), keyPoints, q.misconceptions());
    }

    private List<InterviewEvent> next(Interview interview, InterviewEvent closing, TurnListener listener) {
        Interview after = interview.apply(closing);
        Plan plan = policy.next(after);
        listener.decided(after.turns().get(after.turns().size() - 1), plan.move());
        return continueWith(after, List.of(closing), plan, listener);
    }

    private List<InterviewEvent> continueWith(Interview interview, List<InterviewEvent> sofar, Plan plan, TurnListener listener) {
        List<InterviewEvent> events = new ArrayList<>(sofar);
        if (plan.asked().isEmpty()) {
            events.add(new Ended(clock.instant(), plan.move()));
        } else {
            AskedQuestion worded = wording.word(interview, plan.asked().get(), plan.move(), listener::token);
            events.add(new Asked(clock.instant(), worded, plan.move()));
        }
        return events;
    }

    private static Turn open(Interview interview) {
        if (interview.isFinished()) throw finished(interview);
        return interview.current().orElseThrow(() -> finished(interview));
    }

    private static InterviewException finished(Interview interview) {
        return new InterviewException(Kind.FINISHED, null, "Interview " + interview.id() + " has ended; its report is ready.");
    }
}

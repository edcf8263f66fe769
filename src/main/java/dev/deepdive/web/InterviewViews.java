package dev.deepdive.web;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.bank.Topic;
import dev.deepdive.grading.Grade;
import dev.deepdive.interview.AskedQuestion;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.Mode;
import dev.deepdive.interview.Turn;
import dev.deepdive.interview.TurnResult;
import dev.deepdive.interview.ZoomMove;
import dev.deepdive.model.ModelAvailability;
import dev.deepdive.model.ModelStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Maps the core's interview state to the API's views, hiding grades while a real-mode interview runs. */
@ApplicationScoped
public class InterviewViews {
    private final QuestionBank bank;
    private final ModelStatus status;

    public InterviewViews(QuestionBank bank, ModelStatus status) {
        this.bank = bank;
        this.status = status;
    }

    public InterviewView interview(Interview interview) {
        boolean hidden = gradesHidden(interview);
        return new InterviewView(interview.id(), interview.mode().label(), status(interview), interview.startedAt(),
                interview.end().map(e -> e.at()).orElse(null), interview.startTopic(), model(),
                interview.current().map(t -> question(t.question())).orElse(null), progress(interview), hidden,
                interview.turns().stream().map(t -> turn(t, hidden)).toList());
    }

    public InterviewSummary summary(Interview interview) {
        Double score = gradesHidden(interview) || interview.closedTurns().isEmpty() ? null : interview.overallScore();
        List<String> topics = interview.turns().stream().map(t -> t.question().topicId()).distinct().toList();
        return new InterviewSummary(interview.id(), interview.mode().label(), status(interview), interview.startedAt(),
                interview.startTopic(), progress(interview), score, topics);
    }

    public AnswerView answer(TurnResult result) {
        Interview after = result.interview();
        GradeView grade = result.closed().grade() == null || after.mode() == Mode.REAL ? null : grade(result.closed().grade());
        return new AnswerView(grade, move(result.move()), after.current().map(t -> question(t.question())).orElse(null),
                progress(after), model());
    }

    public QuestionView question(AskedQuestion q) {
        return new QuestionView(q.questionId(), q.topicId(), bank.topic(q.topicId()).map(Topic::title).orElse(q.topicId()),
                q.difficulty(), q.isFollowUp() ? "follow-up" : "question", q.text(), q.wordedBy().label(),
                bank.question(q.questionId()).map(b -> b.hints().size()).orElse(0));
    }

    public GradeView grade(Grade g) {
        return new GradeView(g.score(), g.verdict().label(),
                g.keyPoints().stream().map(k -> new GradeView.KeyPointView(k.id(), k.text(), k.covered(), k.evidence())).toList(),
                g.misconceptions().stream().map(m -> new GradeView.MisconceptionView(m.id(), m.text(), m.evidence())).toList(),
                g.feedback(), g.gradedBy().label());
    }

    public ModelView model() {
        ModelAvailability a = status.availability();
        return new ModelView(a.available(), a.name(), a.mode(), a.reason());
    }

    public static boolean gradesHidden(Interview interview) {
        return interview.mode() == Mode.REAL && !interview.isFinished();
    }

    private TurnView turn(Turn t, boolean hidden) {
        return new TurnView(t.number(), question(t.question()), move(t.move()), t.askedAt(), t.answer(), t.skipped(), t.hints(),
                t.answeredAt(), hidden || t.grade() == null ? null : grade(t.grade()));
    }

    static MoveView move(ZoomMove m) {
        return new MoveView(m.type().label(), m.fromTopic(), m.toTopic(), m.reason());
    }

    private static ProgressView progress(Interview interview) {
        return new ProgressView(interview.asked(), interview.maxQuestions());
    }

    private static String status(Interview interview) {
        return interview.isFinished() ? "finished" : "in-progress";
    }
}

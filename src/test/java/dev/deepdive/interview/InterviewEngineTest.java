package dev.deepdive.interview;

import dev.deepdive.bank.TestBank;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewEngineTest {
    final ScriptedGrader grader = new ScriptedGrader();
    final InterviewService interviews = service(InterviewRules.standard());

    InterviewService service(InterviewRules rules) {
        Clock clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        return new InterviewService(new InterviewEngine(TestBank.standard(), grader, QuestionWording.BANK, rules, clock), new InMemoryJournal());
    }

    Interview start() {
        return interviews.start(StartRequest.defaults());
    }

    @Test
    void opensOnTheEntryTopicWithItsEasiestQuestion() {
        Interview interview = start();

        Turn first = interview.current().orElseThrow();
        assertThat(first.question().questionId()).isEqualTo("grpo-1");
        assertThat(first.move().type()).isEqualTo(MoveType.OPEN);
        assertThat(first.question().wordedBy()).isEqualTo(WordedBy.BANK);
        assertThat(first.question().text()).isEqualTo("Question grpo-1?");
    }

    @Test
    void opensOnAnyTopicAskedFor() {
        Interview interview = interviews.start(new StartRequest(Optional.of("sft"), Optional.of(3), Mode.REAL));

        assertThat(interview.current().orElseThrow().question().topicId()).isEqualTo("sft");
        assertThat(interview.maxQuestions()).isEqualTo(3);
        assertThat(interview.mode()).isEqualTo(Mode.REAL);
    }

    @Test
    void refusesAnUnknownTopicAndABudgetOutOfRange() {
        assertThatThrownBy(() -> interviews.start(new StartRequest(Optional.of("nope"), Optional.empty(), Mode.PRACTICE)))
                .isInstanceOfSatisfying(InterviewException.class, e -> assertThat(e.field()).isEqualTo("topic"));
        assertThatThrownBy(() -> interviews.start(new StartRequest(Optional.empty(), Optional.of(0), Mode.PRACTICE)))
                .isInstanceOfSatisfying(InterviewException.class, e -> assertThat(e.field()).isEqualTo("maxQuestions"));
    }

    @Test
    void strongAnswerZoomsInToAChildTopic() {
        String id = start().id();
        grader.then(4.5);

        TurnResult result = interviews.answer(id, "a strong answer");

        assertThat(result.move().type()).isEqualTo(MoveType.ZOOM_IN);
        assertThat(result.move().toTopic()).isEqualTo("grpo-advantages");
        assertThat(result.move().reason()).contains("Strong answer (4.5/5)").contains("zooming in");
        assertThat(result.interview().current().orElseThrow().question().questionId()).isEqualTo("grpo-advantages-2");
    }

    @Test
    void strongAnswerWithoutChildrenLeftAsksAHarderQuestionOnTheSameTopic() {
        String id = interviews.start(new StartRequest(Optional.of("grpo-advantages"), Optional.empty(), Mode.PRACTICE)).id();
        grader.then(5);

        TurnResult result = interviews.answer(id, "excellent");

        assertThat(result.move().type()).isEqualTo(MoveType.ZOOM_IN);
        assertThat(result.interview().current().orElseThrow().question().questionId()).isEqualTo("grpo-advantages-3");
    }

    @Test
    void partialAnswerGetsAFollowUpOnTheMissedKeyPointGradedOnThatPointAlone() {
        String id = start().id();
        grader.then(2.5, 5);

        TurnResult partial = interviews.answer(id, "half an answer");

        assertThat(partial.move().type()).isEqualTo(MoveType.FOLLOW_UP);
        AskedQuestion followUp = partial.interview().current().orElseThrow().question();
        assertThat(followUp.questionId()).isEqualTo("grpo-1");
        assertThat(followUp.probes()).isEqualTo("first");
        assertThat(followUp.text()).isEqualTo("What about the first point of grpo-1?");

        interviews.answer(id, "the missing point");
        assertThat(grader.seen().get(1).keyPoints()).extracting(k -> k.id()).containsExactly("first");
    }

    @Test
    void weakAnswerZoomsOutToAPrerequisiteThenFurtherDownThenClimbsBack() {
        String id = start().id();
        grader.then(0.5, 1.0, 4.5, 4.5);

        TurnResult toPpo = interviews.answer(id, "weak");
        assertThat(toPpo.move().type()).isEqualTo(MoveType.ZOOM_OUT);
        assertThat(toPpo.move().toTopic()).isEqualTo("ppo");
        assertThat(toPpo.interview().current().orElseThrow().question().difficulty()).isEqualTo(1);

        TurnResult toPolicyGradient = interviews.answer(id, "weak again");
        assertThat(toPolicyGradient.move().type()).isEqualTo(MoveType.ZOOM_OUT);
        assertThat(toPolicyGradient.move().toTopic()).isEqualTo("policy-gradient");

        TurnResult backToPpo = interviews.answer(id, "solid");
        assertThat(backToPpo.move().type()).isEqualTo(MoveType.ZOOM_IN);
        assertThat(backToPpo.move().toTopic()).isEqualTo("ppo");
        assertThat(backToPpo.move().reason()).contains("climbing back");

        TurnResult backToGrpo = interviews.answer(id, "solid again");
        assertThat(backToGrpo.move().toTopic()).isEqualTo("grpo");
        assertThat(backToGrpo.interview().current().orElseThrow().question().questionId()).isEqualTo("grpo-2");
    }

    @Test
    void skippingCountsAsNoAnswerAndZoomsOut() {
        String id = start().id();

        TurnResult result = interviews.skip(id);

        assertThat(result.closed().skipped()).isTrue();
        assertThat(result.closed().score()).isZero();
        assertThat(result.move().type()).isEqualTo(MoveType.ZOOM_OUT);
    }

    @Test
    void goodAnswersSpreadTheInterviewAcrossStages() {
        String id = start().id();
        grader.then(5, 5, 5, 5, 5);

        List<TurnResult> results = List.of(interviews.answer(id, "a"), interviews.answer(id, "b"), interviews.answer(id, "c"),
                interviews.answer(id, "d"));

        assertThat(results.get(3).move().type()).isEqualTo(MoveType.LATERAL);
        assertThat(results.get(3).move().toTopic()).isIn("policy-gradient", "ppo", "sft", "pretraining");
    }

    @Test
    void endsWhenTheBudgetIsUsed() {
        String id = interviews.start(new StartRequest(Optional.empty(), Optional.of(2), Mode.PRACTICE)).id();
        grader.then(4, 4);

        interviews.answer(id, "one");
        TurnResult last = interviews.answer(id, "two");

        assertThat(last.move().type()).isEqualTo(MoveType.END);
        assertThat(last.move().reason()).contains("budget of 2 questions");
        assertThat(last.interview().isFinished()).isTrue();
        assertThat(last.interview().current()).isEmpty();
        assertThatThrownBy(() -> interviews.answer(id, "three"))
                .isInstanceOfSatisfying(InterviewException.class, e -> assertThat(e.kind()).isEqualTo(InterviewException.Kind.FINISHED));
    }

    @Test
    void neverRepeatsAQuestionAndEndsWhenTheMapRunsOut() {
        InterviewService all = service(new InterviewRules(30, 30, 4, 8000));
        String id = all.start(new StartRequest(Optional.empty(), Optional.of(30), Mode.PRACTICE)).id();
        double[] pattern = {5, 2.5, 0.5, 0, 4, 3, 1};
        for (int i = 0; i < 40; i++) grader.then(pattern[i % pattern.length]);

        Interview interview = all.get(id);
        while (!interview.isFinished()) interview = all.answer(id, "answer").interview();

        Set<String> seen = new HashSet<>();
        for (Turn t : interview.turns())
            assertThat(seen.add(t.question().questionId() + "/" + t.question().probes())).as("turn %d repeats", t.number()).isTrue();
        assertThat(interview.turns()).hasSizeLessThanOrEqualTo(30);
        assertThat(interview.end().orElseThrow().move().type()).isEqualTo(MoveType.END);
    }

    @Test
    void hintsComeInOrderInPracticeAndNotAtAllInRealMode() {
        String id = start().id();

        assertThat(interviews.hint(id)).isEqualTo(new Hint("First hint for grpo-1", 1, 1));
        assertThat(interviews.hint(id).text()).isEqualTo("Second hint for grpo-1");
        assertThatThrownBy(() -> interviews.hint(id)).hasMessageContaining("No more hints");

        String real = interviews.start(new StartRequest(Optional.empty(), Optional.empty(), Mode.REAL)).id();
        assertThatThrownBy(() -> interviews.hint(real)).hasMessageContaining("practice mode");
    }

    @Test
    void refusesAnAnswerOverTheLengthLimit() {
        String id = start().id();

        assertThatThrownBy(() -> interviews.answer(id, "x".repeat(8001)))
                .isInstanceOfSatisfying(InterviewException.class, e -> assertThat(e.kind()).isEqualTo(InterviewException.Kind.ANSWER_TOO_LONG));
        assertThat(interviews.get(id).closedTurns()).isEmpty();
    }

    @Test
    void theCandidateCanEndAtAnyTime() {
        String id = start().id();

        Interview ended = interviews.end(id);

        assertThat(ended.isFinished()).isTrue();
        assertThat(ended.end().orElseThrow().move().reason()).contains("candidate ended");
        assertThatThrownBy(() -> interviews.end(id)).isInstanceOf(InterviewException.class);
    }

    @Test
    void replayingTheEventsGivesBackTheSameInterview() {
        String id = start().id();
        grader.then(4.5, 2.5);
        interviews.answer(id, "one");
        interviews.hint(id);
        interviews.answer(id, "two");

        Interview live = interviews.get(id);
        Interview replayed = Interview.replay(live.events());

        assertThat(replayed.turns()).isEqualTo(live.turns());
        assertThat(replayed.current()).isEqualTo(live.current());
    }
}

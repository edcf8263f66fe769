package dev.deepdive.interview;

/**
 * The limits an interview runs within. The stage run is how many questions in a row may stay in one stage of the
 * map before a good answer sends the interview sideways, so a session spreads over the map within its budget. Answers
 * longer than the limit are refused rather than graded.
 */
public record InterviewRules(int defaultQuestions, int maxQuestions, int stageRun, int maxAnswerChars) {
    public InterviewRules {
        if (defaultQuestions < 1 || maxQuestions < defaultQuestions || stageRun < 1 || maxAnswerChars < 1)
            throw new IllegalArgumentException("invalid interview rules");
    }

    public static InterviewRules standard() {
        return new InterviewRules(10, 30, 4, 8000);
    }
}

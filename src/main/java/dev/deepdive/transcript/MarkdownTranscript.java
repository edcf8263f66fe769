package dev.deepdive.transcript;

import dev.deepdive.bank.QuestionBank;
import dev.deepdive.grading.Grade;
import dev.deepdive.grading.KeyPointResult;
import dev.deepdive.interview.Interview;
import dev.deepdive.interview.Turn;

import java.util.Locale;

/** The interview as a document a candidate can keep: every exchange with its grade and evidence, then the report. */
public final class MarkdownTranscript {
    private final QuestionBank bank;
    private final ReportWriter reports;

    public MarkdownTranscript(QuestionBank bank) {
        this.bank = bank;
        this.reports = new ReportWriter(bank);
    }

    /** The whole transcript; without grades it leaves out every score, as a running real-mode interview must. */
    public String render(Interview interview, boolean withGrades) {
        StringBuilder md = new StringBuilder();
        md.append("# deepdive interview ").append(interview.id()).append("\n\n");
        md.append("- Mode: ").append(interview.mode().label()).append('\n');
        md.append("- Started: ").append(interview.startedAt()).append('\n');
        md.append("- Status: ").append(interview.isFinished() ? "finished, " + interview.end().orElseThrow().move().reason() : "in progress").append('\n');
        md.append("- Questions: ").append(interview.asked()).append(" of ").append(interview.maxQuestions()).append("\n\n");
        for (Turn turn : interview.turns()) turn(md, turn, withGrades);
        if (withGrades) report(md, reports.write(interview));
        else md.append("*Grades and the report are revealed when the interview ends.*\n");
        return md.toString();
    }

    private void turn(StringBuilder md, Turn turn, boolean withGrades) {
        String topic = bank.topic(turn.question().topicId()).map(t -> t.title()).orElse(turn.question().topicId());
        md.append("## ").append(turn.number()).append(". ").append(topic)
                .append(turn.question().isFollowUp() ? " (follow-up)" : "")
                .append(" · difficulty ").append(turn.question().difficulty()).append("\n\n");
        md.append("*").append(turn.move().type().label()).append(": ").append(turn.move().reason()).append("*\n\n");
        md.append("**Interviewer** (").append(turn.question().wordedBy().label()).append(", question ")
                .append(turn.question().questionId()).append("): ").append(turn.question().text()).append("\n\n");
        for (String hint : turn.hints()) md.append("**Hint:** ").append(hint).append("\n\n");
        if (turn.isOpen()) {
            md.append("*Waiting for the answer.*\n\n");
            return;
        }
        if (turn.skipped()) {
            md.append("**Candidate** skipped this question.\n\n");
            return;
        }
        md.append("**Candidate:**\n\n").append(quote(turn.answer())).append("\n\n");
        if (withGrades) grade(md, turn.grade());
    }

    private static void grade(StringBuilder md, Grade grade) {
        md.append("**Grade:** ").append(score(grade.score())).append("/5, ").append(grade.verdict().label())
                .append(" (graded by ").append(grade.gradedBy().label()).append(")\n\n");
        for (KeyPointResult k : grade.keyPoints()) {
            md.append("- [").append(k.covered() ? "x" : " ").append("] ").append(k.text());
            if (k.covered()) md.append(" — “").append(k.evidence().strip()).append("”");
            md.append('\n');
        }
        grade.misconceptions().forEach(m -> md.append("- Misconception: ").append(m.text()).append(" — “").append(m.evidence().strip()).append("”\n"));
        md.append("\n").append(grade.feedback()).append("\n\n");
    }

    private static void report(StringBuilder md, Report report) {
        md.append("# Report\n\n");
        md.append("Overall: **").append(score(report.overallScore())).append("/5** (").append(report.overallVerdict())
                .append("), ").append(report.questionsAnswered()).append(" answered of ").append(report.questionsAsked()).append(" asked.\n\n");
        if (!report.mastery().isEmpty()) {
            md.append("| Topic | Stage | Questions | Score |\n|---|---|---|---|\n");
            report.mastery().forEach(m -> md.append("| ").append(m.title()).append(" | ").append(m.stage()).append(" | ")
                    .append(m.questions()).append(" | ").append(score(m.score())).append(" |\n"));
            md.append('\n');
        }
        section(md, "Strengths", report.strengths());
        section(md, "Gaps", report.gaps());
        if (!report.studyPlan().isEmpty()) {
            md.append("## Study plan\n\n");
            for (Report.StudyItem item : report.studyPlan()) {
                md.append("### ").append(item.title()).append(" (").append(score(item.score())).append("/5)\n\n");
                item.focus().forEach(f -> md.append("- ").append(f).append('\n'));
                md.append("\nRead: ").append(String.join("; ", item.sources())).append("\n\n");
            }
        }
    }

    private static void section(StringBuilder md, String title, java.util.List<Report.Finding> findings) {
        if (findings.isEmpty()) return;
        md.append("## ").append(title).append("\n\n");
        findings.forEach(f -> md.append("- ").append(f.topicTitle()).append(": ").append(f.text()).append('\n'));
        md.append('\n');
    }

    private static String quote(String text) {
        return text.isBlank() ? "> (empty)" : "> " + text.strip().replace("\n", "\n> ");
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}

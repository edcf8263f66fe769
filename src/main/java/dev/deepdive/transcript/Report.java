package dev.deepdive.transcript;

import java.time.Instant;
import java.util.List;

/** What a candidate takes away: how they did overall and per topic, what was solid, what was missing and what to read. */
public record Report(String interviewId, String mode, boolean finished, Instant startedAt, Instant endedAt,
                     int questionsAsked, int questionsAnswered, double overallScore, String overallVerdict,
                     List<TopicMastery> mastery, List<Finding> strengths, List<Finding> gaps, List<StudyItem> studyPlan) {
    public Report {
        mastery = List.copyOf(mastery);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        studyPlan = List.copyOf(studyPlan);
    }

    /** The average score on one topic over the questions asked on it. */
    public record TopicMastery(String topicId, String title, String stage, int questions, double score, String verdict) {
    }

    /** One observation about the candidate, tied to the topic it was made on. */
    public record Finding(String topicId, String topicTitle, String text) {
    }

    /** What to study for one topic: the points missed and where to read about them, weakest topics first. */
    public record StudyItem(String topicId, String title, double score, List<String> focus, List<String> sources) {
        public StudyItem {
            focus = List.copyOf(focus);
            sources = List.copyOf(sources);
        }
    }
}

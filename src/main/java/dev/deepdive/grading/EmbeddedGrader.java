package dev.deepdive.grading;

import dev.deepdive.bank.KeyPoint;
import dev.deepdive.bank.Misconception;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades without a language model: each key point is aligned to the answer sentence that best expresses it, by
 * sentence-embedding similarity and by the key point's own words (those not already in the question, or words close
 * to them), and the
 * weighted coverage sets the score. A misconception voiced (not refuted) costs credit; bags of key terms
 * and padding with unrelated sentences earn less. Deterministic for a deterministic {@link Embedder}.
 */
public final class EmbeddedGrader implements Grader {
    private static final double SEMANTIC_FLOOR = 0.20;
    private static final double SEMANTIC_CEILING = 0.75;
    private static final double SEMANTIC_SHARE = 0.5;
    private static final double GLOBAL_SHARE = 0.1;
    private static final double OFF_TOPIC_BELOW = 0.20;
    private static final double MISCONCEPTION_FROM = 0.62;
    private static final double MISCONCEPTION_COST = 1.5;
    private static final double RELEVANT_FROM = 0.35;
    private static final int PADDING_CHECK_FROM = 4;

    private final Embedder embedder;

    public EmbeddedGrader(Embedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public Grade grade(Rubric rubric, String answer) {
        if (NonAnswers.isNonAnswer(answer)) return noAnswer(rubric);
        Set<String> questionTerms = Terms.content(rubric.question());
        AnswerText text = AnswerText.of(answer, embedder, questionTerms);
        float[] reference = embedder.embed(rubric.referenceAnswer());
        if (offTopic(rubric, text, reference)) return noAnswer(rubric);
        List<KeyPointMatch> matches = rubric.keyPoints().stream().map(k -> match(k, text, questionTerms)).toList();

        List<MisconceptionFound> wrong = new ArrayList<>(misconceptions(rubric, text));
        double penalty = MISCONCEPTION_COST * wrong.size();
        double coverage = matches.stream().mapToDouble(m -> m.keyPoint().weight() * m.credit()).sum()
                / rubric.totalWeight();
        double global = ramp(Vectors.cosine(text.wholeFocused(), embedder.embed(Terms.demote(rubric.referenceAnswer(), questionTerms))));
        double score = Grade.MAX * ((1 - GLOBAL_SHARE) * coverage + GLOBAL_SHARE * global) * relevance(text, matches, reference);
        score = Math.round(Math.max(0, Math.min(Grade.MAX, score - penalty)) * 10) / 10.0;
        return new Grade(score, Verdict.of(score), matches.stream().map(KeyPointMatch::result).toList(), wrong,
                Feedback.of(rubric, matches, wrong), GradedBy.EMBEDDED);
    }

    private KeyPointMatch match(KeyPoint keyPoint, AnswerText text, Set<String> questionTerms) {
        float[] point = embedder.embed(keyPoint.text());
        float[] pointFocused = embedder.embed(Terms.demote(keyPoint.text(), questionTerms));
        Map<String, float[]> ownWords = AnswerText.wordVectors(keyPoint.text(), embedder);
        if (!questionTerms.containsAll(ownWords.keySet())) ownWords.keySet().removeAll(questionTerms);
        double best = -1;
        int bestSentence = 0;
        for (int i = 0; i < text.size(); i++) {
            double similarity = (Vectors.cosine(text.vectors().get(i), point) + Vectors.cosine(text.focused().get(i), pointFocused)) / 2;
            double credit = credit(similarity, WordRecall.of(ownWords, text.terms().get(i), text.wordVectors()))
                    * text.prose().get(i);
            if (credit > best) {
                best = credit;
                bestSentence = i;
            }
        }
        if (text.size() > 1) {
            double prose = text.prose().stream().mapToDouble(Double::doubleValue).min().orElse(1);
            double similarity = (Vectors.cosine(text.whole(), point) + Vectors.cosine(text.wholeFocused(), pointFocused)) / 2;
            best = Math.max(best, prose * credit(similarity, WordRecall.of(ownWords, text.allTerms(), text.wordVectors())));
        }
        return new KeyPointMatch(keyPoint, Math.max(0, best), text.sentences().get(bestSentence));
    }

    private static double credit(double cosine, double recall) {
        return SEMANTIC_SHARE * ramp(cosine) + (1 - SEMANTIC_SHARE) * recall;
    }

    private static double ramp(double cosine) {
        return Math.max(0, Math.min(1, (cosine - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR)));
    }

    private List<MisconceptionFound> misconceptions(Rubric rubric, AnswerText text) {
        List<MisconceptionFound> found = new ArrayList<>();
        for (Misconception misconception : rubric.misconceptions()) {
            float[] wrong = embedder.embed(misconception.text());
            for (int i = 0; i < text.size(); i++) {
                double similarity = Vectors.cosine(text.vectors().get(i), wrong);
                if (similarity >= MISCONCEPTION_FROM && closerThanAnyKeyPoint(rubric, text.vectors().get(i), similarity)
                        && !Negations.refutes(text.sentences().get(i), text.terms().get(i), misconception.text(), Terms.content(misconception.text()))) {
                    found.add(new MisconceptionFound(misconception.id(), misconception.text(), text.sentences().get(i)));
                    break;
                }
            }
        }
        return found;
    }

    private boolean closerThanAnyKeyPoint(Rubric rubric, float[] sentence, double similarity) {
        return rubric.keyPoints().stream().allMatch(k -> Vectors.cosine(sentence, embedder.embed(k.text())) < similarity);
    }

    /** An on-topic answer shares some vocabulary with the rubric or is at least loosely similar to it. */
    private boolean offTopic(Rubric rubric, AnswerText text, float[] reference) {
        Set<String> rubricTerms = new HashSet<>(Terms.content(rubric.question() + " " + rubric.referenceAnswer()));
        rubric.keyPoints().forEach(k -> rubricTerms.addAll(Terms.content(k.text())));
        if (text.allTerms().stream().anyMatch(rubricTerms::contains)) return false;
        for (float[] sentence : text.vectors()) if (Vectors.cosine(sentence, reference) >= OFF_TOPIC_BELOW) return false;
        return true;
    }

    /** Long answers whose sentences mostly match nothing in the rubric are padded; they lose up to a third. */
    private double relevance(AnswerText text, List<KeyPointMatch> matches, float[] reference) {
        if (text.size() < PADDING_CHECK_FROM) return 1.0;
        long relevant = 0;
        for (int i = 0; i < text.size(); i++) {
            float[] sentence = text.vectors().get(i);
            boolean matchesSomething = ramp(Vectors.cosine(sentence, reference)) >= RELEVANT_FROM
                    || matches.stream().anyMatch(m -> ramp(Vectors.cosine(sentence, embedder.embed(m.keyPoint().text()))) >= RELEVANT_FROM);
            if (matchesSomething) relevant++;
        }
        return 2.0 / 3 + (1.0 / 3) * relevant / text.size();
    }

    private static Grade noAnswer(Rubric rubric) {
        List<KeyPointResult> none = rubric.keyPoints().stream()
                .map(k -> new KeyPointResult(k.id(), k.text(), k.weight(), false, null)).toList();
        return new Grade(0, Verdict.NO_ANSWER, none, List.of(), Feedback.NO_ATTEMPT, GradedBy.EMBEDDED);
    }
}

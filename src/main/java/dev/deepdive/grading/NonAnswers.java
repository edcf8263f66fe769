package dev.deepdive.grading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises, from the text alone, answers that are not attempts: blank, "I don't know" and its variants, and
 * keyboard mashing. These get no credit and no further work.
 */
public final class NonAnswers {
    private static final Pattern WHOLE = Pattern.compile(
            "\\W*(pass|skip|next|n/?a|idk|dunno|no idea|no clue|no comment|\\?+)\\W*");
    private static final Pattern DONT_KNOW = Pattern.compile(
            "\\bi(\\s+really|'m|\\s+am|\\s+honestly)?\\s+(do\\s*n[o']?t|dont|can'?t|cannot|can\\s+not)\\s+(really\\s+)?"
                    + "(know|remember|recall|say|answer|tell)\\b|\\b(have\\s+)?no\\s+(idea|clue)\\b|\\bnot\\s+sure\\b"
                    + "|\\bidk\\b|\\bdunno\\b|\\bi\\s+forgot\\b|\\bi\\s+give\\s+up\\b|\\bpass\\b|\\bskip\\b"
                    + "|\\bi\\s+have\\s*n[o']?t\\s+(studied|learned|learnt|covered|seen)\\b");
    private static final Pattern FILLER = Pattern.compile(
            "\\b(sorry|honestly|unfortunately|really|answer|question|guess|think|maybe|topic|idea|clue|sure|anything"
                    + "|about|this|that|here|at|all|yet|the|one|know)\\b");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern CONSONANT_RUN = Pattern.compile("[bcdfghjklmnpqrstvwxz]{6,}");
    private static final Pattern REPEAT = Pattern.compile("(.)\\1{3,}");

    private NonAnswers() {
    }

    public static boolean isNonAnswer(String answer) {
        if (answer == null || answer.isBlank()) return true;
        return isDontKnow(answer) || isGibberish(answer);
    }

    /** Only don't-know phrases and filler, with at most one word of substance left over. */
    static boolean isDontKnow(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        if (WHOLE.matcher(lower).matches()) return true;
        if (!DONT_KNOW.matcher(lower).find()) return false;
        String rest = FILLER.matcher(DONT_KNOW.matcher(lower).replaceAll(" ")).replaceAll(" ");
        return Terms.words(rest).stream().filter(Terms::isContent).count() <= 1;
    }

    /** Most words look like nothing a language would produce. */
    static boolean isGibberish(String answer) {
        List<String> words = Terms.words(answer).stream().filter(w -> w.chars().allMatch(Character::isLetter)).toList();
        if (words.isEmpty()) return true;
        long implausible = words.stream().filter(NonAnswers::isImplausible).count();
        long functionWords = words.stream().filter(Terms::isFunctionWord).count();
        return implausible * 2 > words.size() || (words.size() >= 4 && functionWords == 0 && implausible * 4 > words.size());
    }

    private static boolean isImplausible(String word) {
        if (word.length() > 25 || REPEAT.matcher(word).find() || CONSONANT_RUN.matcher(word).find()) return true;
        return word.length() > 3 && !VOWEL.matcher(word).find();
    }
}

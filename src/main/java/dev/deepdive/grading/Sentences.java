package dev.deepdive.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an answer into sentences that are verbatim substrings of it, so every piece of evidence the grader quotes
 * can be found in what the candidate wrote. Line breaks and HTML breaks end a sentence too.
 */
public final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'(])|(?<=[.!?;])\\s*\\n+\\s*|\\n\\s*\\n|<br\\s*/?>|\\n(?=\\s*[-*•])");
    private static final Pattern TRIM = Pattern.compile("^[\\s\\-*•]+|\\s+$");

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            add(sentences, text.substring(start, boundary.start()));
            start = boundary.end();
        }
        add(sentences, text.substring(start));
        return List.copyOf(sentences);
    }

    private static void add(List<String> sentences, String piece) {
        String sentence = TRIM.matcher(piece).replaceAll("");
        if (sentence.chars().anyMatch(Character::isLetterOrDigit)) sentences.add(sentence);
    }
}

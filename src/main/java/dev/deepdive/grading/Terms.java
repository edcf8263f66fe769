package dev.deepdive.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text reduced to comparable stems, with the function words that carry no topic set apart. */
public final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "of", "to", "in", "on", "at", "by", "for",
            "with", "from", "into", "onto", "over", "under", "about", "than", "that", "this", "these", "those", "there",
            "here", "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "has", "have", "had", "having", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
            "i", "you", "he", "she", "we", "they", "me", "him", "her", "us", "them", "my", "your", "our", "their", "his",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "all", "each", "every", "both",
            "some", "any", "such", "only", "own", "same", "other", "also", "just", "very", "too", "more", "most",
            "because", "while", "until", "since", "through", "during", "before", "after", "above", "below", "up",
            "down", "out", "off", "again", "further", "once", "one", "not", "no", "nor", "never", "don't", "doesn't",
            "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "cannot", "won't", "without", "like", "way",
            "thing", "things", "something", "use", "used", "uses", "using", "make", "makes", "get", "gets", "well",
            "within", "between", "per", "via", "etc", "e", "g", "ie", "eg", "let", "lets", "s", "t");
    private Terms() {
    }

    /** Every word, lower-cased, in order. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) words.add(m.group());
        return words;
    }

    /** The distinct stems of the content words: what a text is about. */
    public static Set<String> content(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) if (isContent(word)) stems.add(stem(word));
        return stems;
    }

    /** Each content stem with the first word that gave it, so a stem can be embedded as a real word. */
    public static Map<String, String> contentWords(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : words(text)) if (isContent(word)) words.putIfAbsent(stem(word), word);
        return words;
    }

    public static boolean isContent(String word) {
        return !FUNCTION_WORDS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)));
    }

    public static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    /**
     * The text without the words the question already contains, so that echoing the question earns nothing
     * ("question demoting"); function words stay so the text still reads as a sentence.
     */
    public static String demote(String text, Set<String> questionTerms) {
        StringBuilder kept = new StringBuilder();
        for (String word : words(text)) {
            if (!isContent(word) || !questionTerms.contains(stem(word))) kept.append(word).append(' ');
        }
        return kept.isEmpty() ? text : kept.toString().strip();
    }

    /** A light suffix stripper: enough to match "normalises", "normalized" and "normalisation". */
    public static String stem(String word) {
        String w = word.replace("isation", "ization").replace("ise", "ize").replace("our", "or");
        for (String suffix : new String[]{"izations", "ization", "ational", "ations", "ation", "ments", "ment",
                "ness", "ingly", "ings", "ing", "edly", "ies", "ied", "ers", "er", "ed", "ly", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                String root = w.substring(0, w.length() - suffix.length());
                if (suffix.equals("ies") || suffix.equals("ied")) return root + "y";
                return root.length() > 3 && root.charAt(root.length() - 1) == root.charAt(root.length() - 2)
                        ? root.substring(0, root.length() - 1) : root;
            }
        }
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }
}

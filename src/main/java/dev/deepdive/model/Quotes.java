package dev.deepdive.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a passage the judge quotes is really in the answer. Case, runs of whitespace and typographic quote marks
 * are forgiven; words are not. An ellipsis may join passages that each appear verbatim. A quote too short to show
 * anything ("yes", one word) is no evidence.
 */
final class Quotes {
    static final int MIN_WORDS = 2;
    static final int MIN_CHARS = 8;
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\.\\.|…");
    private static final Pattern EDGES = Pattern.compile("^[\\s\"'`.,;:!?()\\[\\]-]+|[\\s\"'`.,;:!?()\\[\\]-]+$");

    private Quotes() {
    }

    /** The quote, trimmed, when every part of it is in the answer; empty when it is not, or says too little. */
    static Optional<String> verified(String quote, String answer) {
        if (quote == null || answer == null) return Optional.empty();
        String trimmed = EDGES.matcher(quote.strip()).replaceAll("");
        List<String> parts = Arrays.stream(ELLIPSIS.split(trimmed)).map(Quotes::normalise).filter(p -> !p.isEmpty()).toList();
        String joined = String.join(" ", parts);
        if (parts.isEmpty() || joined.length() < MIN_CHARS || joined.split(" ").length < MIN_WORDS) return Optional.empty();
        String text = normalise(answer);
        return parts.stream().allMatch(text::contains) ? Optional.of(trimmed) : Optional.empty();
    }

    private static String normalise(String s) {
        String plain = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return EDGES.matcher(plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).replaceAll("");
    }
}

package dev.deepdive.model;

import java.util.regex.Pattern;

/**
 * The prompts fence the candidate's words between {@code <answer>} and {@code </answer>}. An answer that writes those
 * markers itself could close the fence early and pass the rest off as instructions, so its markers are defused.
 */
final class Delimiters {
    private static final Pattern MARKER = Pattern.compile("<\\s*(/?)\\s*answer\\s*>", Pattern.CASE_INSENSITIVE);

    private Delimiters() {
    }

    static String neutralised(String answer) {
        return answer == null ? null : MARKER.matcher(answer).replaceAll("($1answer)");
    }
}

package dev.deepdive.bank;

import java.util.regex.Pattern;

/** The one shape every id in the bank takes, so ids are safe in URLs, file names and YAML alike. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String id, String what) {
        if (!isValid(id)) throw new IllegalArgumentException("invalid " + what + ": '" + id + "' (lower-case words joined by dashes)");
        return id;
    }
}

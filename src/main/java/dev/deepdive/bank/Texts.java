package dev.deepdive.bank;

final class Texts {
    private Texts() {
    }

    static String require(String text, String what) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        return text.strip();
    }
}

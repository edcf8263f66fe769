package dev.deepdive.model;

/** Whether the local model serves right now, under which name, and why not when it does not (bank mode). */
public record ModelAvailability(boolean available, String name, String reason) {
    static ModelAvailability ready(String name) {
        return new ModelAvailability(true, name, null);
    }

    static ModelAvailability bank(String name, String reason) {
        return new ModelAvailability(false, name, reason);
    }

    public String mode() {
        return available ? "model" : "bank";
    }
}

package io.proofline.system;

import java.util.Optional;
import java.util.UUID;

/** Ids are UUID strings on every face; a malformed id can never name anything. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            String trimmed = text.trim();
            if (trimmed.length() != 36) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(trimmed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id, or a NotFoundException with the given message when it cannot name anything. */
    public static UUID require(String text, String notFoundMessage) {
        return parse(text).orElseThrow(() -> new NotFoundException(notFoundMessage));
    }
}

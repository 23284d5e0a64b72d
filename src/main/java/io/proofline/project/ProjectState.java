package io.proofline.project;

import java.util.Arrays;
import java.util.Optional;

/** The seed's project states. */
public enum ProjectState {
    Active, OnHold, Completed, Archived, InTransit;

    /** Parses a state name as the seed spells it (case-insensitive). */
    public static Optional<ProjectState> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst();
    }

    /** Only Active and OnHold projects may be edited or get new work. */
    public boolean isMutable() {
        return this == Active || this == OnHold;
    }
}

package io.proofline.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Time formats of the faces: the workflow seed prints UTC without a zone, /v2 prints ISO instants. */
public final class Times {

    private static final DateTimeFormatter WORKFLOW = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Times() {
    }

    /** Database-friendly now: PostgreSQL keeps microseconds, so we never hand out more. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** "2020-10-22T08:09:05.778512" (UTC), as the workflow seed prints dates. */
    public static String workflow(Instant instant) {
        return instant == null ? null : WORKFLOW.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** "2020-10-22T08:09:05.778512Z", as /v2 prints dates. */
    public static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /**
     * Parses a UTC date ("2020-12-04") or date-time with or without zone; empty when malformed. Kept to the
     * microsecond, as the database keeps it, so a value sent again compares equal to the stored one.
     */
    public static Optional<Instant> parseDateOrDateTime(String text) {
        return parse(text).map(instant -> instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}

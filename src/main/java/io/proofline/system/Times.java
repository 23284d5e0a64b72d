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

    /** The earliest and latest moments a date from a client may name: the years 1 to 9999, as they are written. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

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

    /**
     * "2020-10-22T08:09:05.778512Z", as /v2 prints dates: exactly {@link Instant#toString()}, written by hand because a
     * page of 100 assets prints 200 of them and the formatter behind toString was a tenth of that request's time.
     */
    public static String iso(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder text = new StringBuilder(30).append(time.getYear());
        pad(text.append('-'), time.getMonthValue(), 2);
        pad(text.append('-'), time.getDayOfMonth(), 2);
        pad(text.append('T'), time.getHour(), 2);
        pad(text.append(':'), time.getMinute(), 2);
        pad(text.append(':'), time.getSecond(), 2);
        int nano = instant.getNano();
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                pad(text, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                pad(text, nano / 1000, 6);
            } else {
                pad(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static void pad(StringBuilder text, int value, int digits) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < digits; i++) {
            text.append('0');
        }
        text.append(number);
    }

    /**
     * Parses a UTC date ("2020-12-04") or date-time with or without zone; empty when malformed or outside the years 1
     * to 9999. Kept to the microsecond, as the database keeps it, so a value sent again compares equal to the stored
     * one.
     */
    public static Optional<Instant> parseDateOrDateTime(String text) {
        return parse(text).filter(instant -> !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST))
                .map(instant -> instant.truncatedTo(ChronoUnit.MICROS));
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

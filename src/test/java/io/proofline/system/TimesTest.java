package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void the_workflow_face_prints_utc_with_microseconds_and_no_zone() {
        assertThat(Times.workflow(Instant.parse("2020-10-22T08:09:05.778512Z")))
                .isEqualTo("2020-10-22T08:09:05.778512");
        assertThat(Times.workflow(Instant.parse("2020-10-22T08:09:05Z"))).isEqualTo("2020-10-22T08:09:05.000000");
        assertThat(Times.workflow(null)).isNull();
        assertThat(Times.iso(Instant.parse("2020-10-22T08:09:05.778512Z"))).isEqualTo("2020-10-22T08:09:05.778512Z");
    }

    @Test
    void dates_and_date_times_parse_as_utc_to_the_microsecond() {
        assertThat(Times.parseDateOrDateTime("2020-12-04")).contains(Instant.parse("2020-12-04T00:00:00Z"));
        assertThat(Times.parseDateOrDateTime("2020-12-07T20:56:38.818Z"))
                .contains(Instant.parse("2020-12-07T20:56:38.818Z"));
        assertThat(Times.parseDateOrDateTime("2020-12-07T20:56:38")).contains(Instant.parse("2020-12-07T20:56:38Z"));
        assertThat(Times.parseDateOrDateTime("2020-12-07T22:56:38+02:00"))
                .contains(Instant.parse("2020-12-07T20:56:38Z"));
        assertThat(Times.parseDateOrDateTime("2020-12-07T20:56:38.123456789Z"))
                .contains(Instant.parse("2020-12-07T20:56:38.123456Z"));
        assertThat(Times.parseDateOrDateTime(" 2020-12-04 ")).isPresent();
    }

    @Test
    void anything_else_is_not_a_date() {
        for (String text : new String[] { null, "", " ", "tomorrow", "2020-13-01", "04/12/2020", "2020-12-04T25:00",
                "2020-02-30" }) {
            assertThat(Times.parseDateOrDateTime(text)).as(String.valueOf(text)).isEmpty();
        }
    }

    @Test
    void now_keeps_microseconds_as_the_database_does() {
        assertThat(Times.now().getNano() % 1000).isZero();
    }

    @Test
    void iso_prints_exactly_what_instant_to_string_prints() {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("1000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), nano);
            assertThat(Times.iso(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void iso_handles_null_and_years_outside_four_digits() {
        assertThat(Times.iso(null)).isNull();
        Instant ancient = Instant.parse("0999-12-31T23:59:59.5Z");
        assertThat(Times.iso(ancient)).isEqualTo(ancient.toString());
        assertThat(Times.iso(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(Times.iso(Instant.parse("2020-10-22T08:09:05.778512Z"))).isEqualTo("2020-10-22T08:09:05.778512Z");
    }
}

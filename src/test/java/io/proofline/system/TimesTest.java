package io.proofline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TimesTest {

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

package io.proofline.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartPlanTest {

    static final long MIB = 1024 * 1024;

    /** Frame.io's client: chunk = ceil(size / urls), chunk i starts at i * chunk, the last one runs to the end. */
    static void assertMatchesTheClient(PartPlan plan) {
        long chunk = (plan.fileSize() + plan.partCount() - 1) / plan.partCount();
        assertThat(plan.partSize()).isEqualTo(chunk);
        long total = 0;
        for (int part = 1; part <= plan.partCount(); part++) {
            long clientSize = Math.min(chunk, plan.fileSize() - (part - 1) * chunk);
            assertThat(plan.sizeOf(part)).isEqualTo(clientSize).isPositive();
            total += plan.sizeOf(part);
        }
        assertThat(total).isEqualTo(plan.fileSize());
    }

    @Test
    void parts_are_equal_and_the_last_is_shorter_as_the_client_cuts_them() {
        PartPlan plan = PartPlan.of(60 * MIB + 1, 25 * MIB);
        assertThat(plan.partCount()).isEqualTo(3);
        assertThat(plan.partSize()).isEqualTo((60 * MIB + 1 + 2) / 3);
        assertMatchesTheClient(plan);
        for (long size : new long[] { 1, 2, 9, 10, 11, 25 * MIB - 1, 25 * MIB, 25 * MIB + 1, 2L * 1024 * MIB,
                123_456_789 }) {
            assertMatchesTheClient(PartPlan.of(size, 25 * MIB));
        }
        for (long size = 1; size < 300; size++) {
            assertMatchesTheClient(PartPlan.of(size, 7));
        }
    }

    @Test
    void a_small_file_is_one_part_and_no_part_is_ever_empty() {
        PartPlan one = PartPlan.of(10, 25 * MIB);
        assertThat(one.partCount()).isEqualTo(1);
        assertThat(one.sizeOf(1)).isEqualTo(10);
        // 9 bytes in parts of at most 3: three parts, never a fourth empty one
        assertThat(PartPlan.of(9, 3).partCount()).isEqualTo(3);
    }

    @Test
    void never_more_than_ten_thousand_parts() {
        PartPlan plan = PartPlan.of(100_000 * MIB, 5 * MIB);
        assertThat(plan.partCount()).isLessThanOrEqualTo(PartPlan.MAX_PARTS);
        assertMatchesTheClient(plan);
    }

    @Test
    void part_numbers_outside_the_plan_are_refused() {
        PartPlan plan = PartPlan.of(100, 40);
        assertThat(plan.hasPart(0)).isFalse();
        assertThat(plan.hasPart(4)).isFalse();
        assertThatThrownBy(() -> plan.sizeOf(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartPlan.of(0, 40)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_a_minimum_every_part_but_the_last_reaches_it() {
        long min = 5 * MIB;
        for (long size : new long[] { 1, min - 1, min, min + 1, 2 * min - 1, 2 * min + 10, 3 * min + 4321, 10 * min + 1,
                97 * min + 12_345, 60_000 * min }) {
            for (long max : new long[] { 64 * 1024, min, 7 * MIB, 25 * MIB }) {
                PartPlan plan = PartPlan.of(size, max, min);
                assertMatchesTheClient(plan);
                for (int part = 1; part < plan.partCount(); part++) {
                    assertThat(plan.sizeOf(part)).as("part %d of %d bytes, max %d", part, size, max)
                            .isGreaterThanOrEqualTo(min);
                }
                assertThat(plan.partCount()).isLessThanOrEqualTo(PartPlan.MAX_PARTS);
            }
        }
    }
}

package io.proofline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class XxHash64OutputStreamTest {

    static String hex(byte[] bytes) {
        XxHash64OutputStream out = new XxHash64OutputStream();
        out.write(bytes, 0, bytes.length);
        return out.hex();
    }

    @Test
    void known_vectors_of_xxh64_with_seed_zero() {
        // published test vectors of the reference implementation (xxhsum -H1)
        assertThat(hex(new byte[0])).isEqualTo("ef46db3751d8e999");
        assertThat(hex("a".getBytes(StandardCharsets.US_ASCII))).isEqualTo("d24ec4f1a98c6e5b");
        assertThat(hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo("44bc2cf5ad770999");
    }

    @Test
    void writing_in_pieces_gives_the_same_hash_and_leading_zeros_are_kept() {
        byte[] data = new byte[100_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        XxHash64OutputStream pieces = new XxHash64OutputStream();
        pieces.write(data, 0, 7);
        pieces.write(data[7]);
        pieces.write(data, 8, data.length - 8);
        assertThat(pieces.hex()).isEqualTo(hex(data)).hasSize(16).matches("[0-9a-f]{16}");
    }
}

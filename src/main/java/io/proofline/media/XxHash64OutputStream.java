package io.proofline.media;

import java.io.OutputStream;

import net.jpountz.xxhash.StreamingXXHash64;
import net.jpountz.xxhash.XXHashFactory;

/** Swallows bytes and keeps their XXH64 (seed 0), as Frame.io's {@code checksums.xx_hash} carries it. */
public class XxHash64OutputStream extends OutputStream {

    // the pure-Java implementation: no native library unpacked into a temporary directory
    private static final XXHashFactory XXHASH = XXHashFactory.fastestJavaInstance();

    private final StreamingXXHash64 hash = XXHASH.newStreamingHash64(0);

    @Override
    public void write(int b) {
        hash.update(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        hash.update(bytes, offset, length);
    }

    /** The hash of everything written so far, as 16 lowercase hex digits. */
    public String hex() {
        return String.format("%016x", hash.getValue());
    }
}

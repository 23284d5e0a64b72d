package io.proofline.media.upload;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a stream through and fails as soon as it carries more than the allowed number of bytes. */
class SizeLimitedInputStream extends FilterInputStream {

    /** The stream was longer than allowed. */
    static class TooLongException extends IOException {
        TooLongException() {
            super("The content is longer than allowed");
        }
    }

    private long remaining;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0 && --remaining < 0) {
            throw new TooLongException();
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            remaining -= read;
            if (remaining < 0) {
                throw new TooLongException();
            }
        }
        return read;
    }
}

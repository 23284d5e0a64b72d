package io.proofline.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The body of an import, counted and timed: more bytes than the limit (whatever Content-Length promised) or reading
 * past the deadline ends it, and every failure of the source becomes a {@link DownloadFailedException}, so that it is
 * told apart from a failure of the blob store the body is written to.
 */
final class GuardedStream extends FilterInputStream {

    private final long limit;
    private final long deadline;
    private final Duration timeout;
    private long count;

    /** {@code deadline} is a {@link System#nanoTime()} value; {@code timeout} null means no deadline. */
    GuardedStream(InputStream in, long limit, long deadline, Duration timeout) {
        super(in);
        this.limit = limit;
        this.deadline = deadline;
        this.timeout = timeout;
    }

    static DownloadFailedException tooBig(long limit) {
        return new DownloadFailedException("The file is larger than the limit of " + limit + " bytes.");
    }

    static DownloadFailedException tooSlow(Duration timeout) {
        return new DownloadFailedException("The download took longer than " + timeout.toSeconds() + " s.");
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkDeadline();
        int read;
        try {
            read = in.read(buffer, offset, length);
        } catch (IOException e) {
            checkDeadline();
            if (e instanceof SocketTimeoutException) {
                throw new DownloadFailedException("The server stopped sending the file.", e);
            }
            if (e instanceof InterruptedIOException) {
                throw new DownloadFailedException("The download was interrupted.", e);
            }
            throw new DownloadFailedException("The file could not be read: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (read > 0) {
            count += read;
            if (count > limit) {
                throw tooBig(limit);
            }
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    private void checkDeadline() throws DownloadFailedException {
        if (timeout != null && System.nanoTime() - deadline >= 0) {
            throw tooSlow(timeout);
        }
    }
}

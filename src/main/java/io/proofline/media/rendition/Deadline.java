package io.proofline.media.rendition;

import java.time.Duration;

/** The moment a render must be done by; long loops check it so a hostile file cannot keep a runner busy for ever. */
final class Deadline {

    private final long endNanos;
    private final Duration timeout;

    private Deadline(Duration timeout) {
        this.timeout = timeout;
        this.endNanos = System.nanoTime() + timeout.toNanos();
    }

    static Deadline after(Duration timeout) {
        return new Deadline(timeout);
    }

    boolean passed() {
        return System.nanoTime() - endNanos > 0;
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    void check() {
        if (passed() || Thread.currentThread().isInterrupted()) {
            throw timedOut(timeout);
        }
    }

    static UnrenderableFileException timedOut(Duration timeout) {
        return new UnrenderableFileException("Rendering took longer than the limit of " + timeout.toSeconds() + " s.");
    }

    Duration timeout() {
        return timeout;
    }
}

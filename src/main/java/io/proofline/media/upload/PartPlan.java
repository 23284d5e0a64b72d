package io.proofline.media.upload;

/**
 * How a placeholder file is cut into parts. The client divides exactly as Frame.io's uploader does: with {@code n}
 * upload URLs, every part is {@code ceil(size / n)} bytes and the last one takes the rest. The server picks {@code n}
 * as {@code ceil(size / maxPartSize)}, which keeps every part within the maximum and never leaves a part empty.
 */
public record PartPlan(long fileSize, long partSize, int partCount) {

    /** S3 refuses more parts than this in one multipart upload. */
    public static final int MAX_PARTS = 10_000;

    /** The plan for a file, with parts of at most {@code maxPartSize} bytes (raised when 10,000 would not do). */
    public static PartPlan of(long fileSize, long maxPartSize) {
        return of(fileSize, maxPartSize, 1);
    }

    /**
     * The plan for a store that refuses parts below {@code minPartSize} but the last (S3: 5 MiB). Parts of
     * {@code ceil(size / n)} bytes can be barely more than half the largest allowed, so the largest is raised to twice
     * the minimum: then every part but the last is at least the minimum.
     */
    public static PartPlan of(long fileSize, long maxPartSize, long minPartSize) {
        if (fileSize <= 0 || maxPartSize <= 0 || minPartSize <= 0) {
            throw new IllegalArgumentException("Sizes must be positive");
        }
        long largest = Math.max(Math.max(maxPartSize, minPartSize == 1 ? 1 : 2 * minPartSize),
                ceilDiv(fileSize, MAX_PARTS));
        int count = (int) ceilDiv(fileSize, largest);
        return new PartPlan(fileSize, ceilDiv(fileSize, count), count);
    }

    /** The exact size of part {@code partNumber} (1-based). */
    public long sizeOf(int partNumber) {
        if (partNumber < 1 || partNumber > partCount) {
            throw new IllegalArgumentException("No part " + partNumber);
        }
        return partNumber < partCount ? partSize : fileSize - (long) (partCount - 1) * partSize;
    }

    public boolean hasPart(int partNumber) {
        return partNumber >= 1 && partNumber <= partCount;
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}

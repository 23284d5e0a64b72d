package io.proofline.asset;

/** Where a file asset is in its processing: Pending → Processing → Processed | Failed. */
public enum ProcessingStatus {
    Pending, Processing, Processed, Failed
}

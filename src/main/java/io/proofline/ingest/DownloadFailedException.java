package io.proofline.ingest;

import java.io.IOException;

/**
 * An import that cannot succeed by trying again (refused address, bad status, too big, too slow): the asset is marked
 * Failed with this message as the reason. An IOException because it surfaces inside the stream being stored.
 */
public class DownloadFailedException extends IOException {

    public DownloadFailedException(String message) {
        super(message);
    }

    public DownloadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}

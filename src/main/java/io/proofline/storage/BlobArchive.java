package io.proofline.storage;

import java.io.IOException;

/**
 * Archive storage for the originals of Archived projects: slower, cheaper storage next to the blob store. Both moves
 * copy first and delete second, and skip what has already moved, so a move interrupted half-way is finished by running
 * it again.
 */
public interface BlobArchive {

    /** Moves the blob into the archive; a blob already there, or stored nowhere, is left as it is. */
    void archive(String key) throws IOException;

    /**
     * Moves the blob back from the archive. False when it cannot be read yet: its storage class (GLACIER, DEEP_ARCHIVE)
     * keeps it offline, a restore has been requested and the move must be tried again later.
     */
    boolean restore(String key) throws IOException;

    /** Whether the archive holds the blob. */
    boolean archived(String key) throws IOException;
}

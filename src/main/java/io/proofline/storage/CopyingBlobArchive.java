package io.proofline.storage;

import java.io.IOException;
import java.io.InputStream;

/** An archive that is another blob store (the local store's archive directory): blobs are streamed across. */
public class CopyingBlobArchive implements BlobArchive {

    private final BlobStore live;
    private final BlobStore archive;

    public CopyingBlobArchive(BlobStore live, BlobStore archive) {
        this.live = live;
        this.archive = archive;
    }

    @Override
    public void archive(String key) throws IOException {
        move(live, archive, key);
    }

    @Override
    public boolean restore(String key) throws IOException {
        move(archive, live, key);
        return true;
    }

    @Override
    public boolean archived(String key) throws IOException {
        return archive.exists(key);
    }

    /**
     * Copy, then delete. A put is all-or-nothing in every store, so a blob present at the target is complete; originals
     * never change under their key, so it is the same blob.
     */
    private static void move(BlobStore from, BlobStore to, String key) throws IOException {
        if (!from.exists(key)) {
            return;
        }
        if (!to.exists(key) || to.size(key) != from.size(key)) {
            try (InputStream in = from.open(key)) {
                to.put(key, in);
            }
        }
        from.delete(key);
    }
}

package io.proofline.web.review;

import java.util.List;
import java.util.UUID;

import io.proofline.asset.Asset;

/**
 * The assets a review holds: files and version stacks, in the order the sender put them. A review link reads them from
 * its items; an external review task would read them from its own.
 */
public interface ReviewItems {

    /** Live assets from {@code offset}, at most {@code limit}, in one query. */
    List<Asset> page(int offset, int limit);

    /** How many live assets the review holds. */
    long count();

    /** Whether the file or version stack is one of the review's assets. */
    boolean holds(UUID assetId);
}

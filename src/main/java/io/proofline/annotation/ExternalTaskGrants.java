package io.proofline.annotation;

import java.util.UUID;

/**
 * What a review task lets its reviewer do with an asset's annotations: an external task its email address, an internal
 * task the account user it is assigned to. The review feature, which owns tasks, implements it; every implementation is
 * asked and the widest answer wins, so one that knows nothing of a task answers {@link Grant#NONE}. Without any
 * implementation no task grants anything.
 */
public interface ExternalTaskGrants {

    enum Grant {
        /**
         * The task does not exist, is finished or expired, is for another email or user, or does not hold the asset.
         */
        NONE,
        /** The reviewer may read annotations but not write (the seed's {@code isReadOnly}). */
        READ,
        /** The reviewer may read and write annotations. */
        WRITE
    }

    /** The grant of the task {@code taskId} to the reviewer with this email for this asset. */
    Grant grant(UUID taskId, UUID assetId, String email);

    /** The grant of the internal task {@code taskId} to the user it is assigned to for this asset. */
    Grant grantToAssignee(UUID taskId, UUID assetId, UUID userId);
}

package io.proofline.project;

import java.util.UUID;

/**
 * Fired (synchronously, inside the state change's transaction) when a project becomes Completed, so that features
 * holding work on it can end that work in the same transaction: the review feature deletes the open tasks (seed).
 */
public record ProjectCompleted(UUID projectId, UUID accountId, UUID actorId) {
}

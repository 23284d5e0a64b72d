package io.proofline.annotation;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tasks for the tests of external reviewers: each test registers the grant of its own task. It answers NONE for every
 * task it was not told about, so it adds nothing to the grants of real tasks.
 */
@ApplicationScoped
public class TestTaskGrants implements ExternalTaskGrants {

    record Task(UUID assetId, String email, Grant grant) {
    }

    private final Map<UUID, Task> tasks = new ConcurrentHashMap<>();

    /** A new task for one reviewer and asset; returns its id. */
    public UUID register(UUID assetId, String email, Grant grant) {
        UUID id = UUID.randomUUID();
        tasks.put(id, new Task(assetId, email, grant));
        return id;
    }

    @Override
    public Grant grant(UUID taskId, UUID assetId, String email) {
        Task task = tasks.get(taskId);
        if (task == null || !task.assetId().equals(assetId) || !task.email().equalsIgnoreCase(email)) {
            return Grant.NONE;
        }
        return task.grant();
    }

    /** Only external tasks are registered here. */
    @Override
    public Grant grantToAssignee(UUID taskId, UUID assetId, UUID userId) {
        return Grant.NONE;
    }
}

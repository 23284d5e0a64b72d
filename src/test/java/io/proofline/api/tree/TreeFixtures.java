package io.proofline.api.tree;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.proofline.asset.Asset;
import io.proofline.asset.AssetTree;
import io.proofline.asset.AssetType;
import io.proofline.event.Event;
import io.proofline.event.EventLog;
import io.proofline.system.Times;
import io.proofline.tenancy.ProjectCollaborator;

/** What the tree tests set up or inspect below the API, because no endpoint does it yet. */
@ApplicationScoped
public class TreeFixtures {

    @Inject
    AssetTree tree;

    @Inject
    EventLog events;

    /** Shares a project with a user of another account. */
    @Transactional
    public void share(String projectId, String userId) {
        ProjectCollaborator collaborator = new ProjectCollaborator();
        collaborator.projectId = UUID.fromString(projectId);
        collaborator.userId = UUID.fromString(userId);
        collaborator.createdAt = Times.now();
        collaborator.persist();
    }

    /** Adds a child of any type (files and version stacks come from later issues' endpoints). */
    @Transactional
    public String addChild(String parentId, AssetType type, String name) {
        Asset parent = Asset.findById(UUID.fromString(parentId));
        Asset child = tree.newAsset(parent.projectId, type, name, null);
        tree.append(child, parent.id);
        return child.id.toString();
    }

    /** The project's events, oldest first. */
    @Transactional
    public List<Event> events(String projectId) {
        return events.forProject(UUID.fromString(projectId));
    }
}

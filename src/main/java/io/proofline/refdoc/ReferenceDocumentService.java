package io.proofline.refdoc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.tika.Tika;
import org.jboss.logging.Logger;

import io.proofline.event.EventLog;
import io.proofline.media.MediaService;
import io.proofline.project.Project;
import io.proofline.project.ProjectLocks;
import io.proofline.project.ProjectService;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.system.NotFoundException;
import io.proofline.system.ReadOnlyException;
import io.proofline.system.Times;
import io.proofline.system.ValidationException;
import io.proofline.tenancy.Access;
import io.proofline.tenancy.Principal;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reference documents of a project: uploaded like assets (streamed to the blob store before a short transaction),
 * listed with the project, deleted for good (row and blob). Events {@code refdoc.uploaded} and {@code refdoc.deleted}.
 */
@ApplicationScoped
public class ReferenceDocumentService {

    private static final Logger LOG = Logger.getLogger(ReferenceDocumentService.class);
    public static final String NOT_FOUND = "Reference document not found.";

    @Inject
    EntityManager entityManager;

    @Inject
    ProjectService projects;

    @Inject
    EventLog events;

    @Inject
    BlobStore blobs;

    @Inject
    MediaService media;

    @Inject
    ProjectLocks projectLocks;

    private final Tika tika = new Tika();

    /** A stored document to send: the row and the blob's size. */
    public record Stored(ReferenceDocument document, long size) {
    }

    public ReferenceDocument upload(Principal principal, UUID projectId, Path spooled, String filename)
            throws IOException {
        String name = MediaService.safeFilename(filename);
        long size = Files.size(spooled);
        if (size == 0) {
            throw ValidationException.of("File", "The file is empty.");
        }
        Project project = projects.find(principal, projectId)
                .orElseThrow(() -> new NotFoundException(ProjectService.NOT_FOUND));
        if (!project.state.isMutable()) {
            throw new ReadOnlyException(ProjectService.NOT_MUTABLE);
        }
        String contentType;
        try (InputStream in = Files.newInputStream(spooled)) {
            contentType = tika.detect(in);
        }
        UUID id = UUID.randomUUID();
        String key = BlobKeys.referenceDocument(id);
        long stored;
        try (InputStream in = Files.newInputStream(spooled)) {
            stored = blobs.put(key, in);
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                projectLocks.lockMutable(project.id, ProjectService.NOT_MUTABLE);
                ReferenceDocument document = new ReferenceDocument();
                document.id = id;
                document.projectId = project.id;
                document.name = name;
                document.fileSize = stored;
                document.contentType = contentType;
                document.blobKey = key;
                document.createdBy = principal.userId();
                document.createdAt = Times.now();
                document.persist();
                events.record("refdoc.uploaded", subject(project, document, principal), data(document));
                return document;
            });
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
    }

    /** Deletes the document and then its blob: unrecoverable. */
    public void delete(Principal principal, UUID documentId) {
        String key = QuarkusTransaction.requiringNew().call(() -> {
            ReferenceDocument document = visible(principal, documentId);
            Project project = entityManager.find(Project.class, document.projectId);
            projectLocks.lockMutable(project.id, ProjectService.NOT_MUTABLE);
            entityManager.remove(document);
            events.record("refdoc.deleted", subject(project, document, principal), data(document));
            return document.blobKey;
        });
        deleteQuietly(key);
    }

    /** A document the caller sees, with its blob, or 404. */
    public Stored get(Principal principal, UUID documentId) throws IOException {
        ReferenceDocument document = QuarkusTransaction.requiringNew().call(() -> visible(principal, documentId));
        media.requireNotArchived(document.projectId);
        if (!blobs.exists(document.blobKey)) {
            throw new NotFoundException(NOT_FOUND);
        }
        return new Stored(document, blobs.size(document.blobKey));
    }

    /** The documents of projects the caller already sees (listed by the caller), oldest first. */
    public List<ReferenceDocument> ofProjects(List<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createQuery("select d from ReferenceDocument d where d.projectId in :ids"
                                + " order by d.createdAt, d.id", ReferenceDocument.class)
                        .setParameter("ids", projectIds).getResultList());
    }

    private ReferenceDocument visible(Principal principal, UUID documentId) {
        if (documentId == null) {
            throw new NotFoundException(NOT_FOUND);
        }
        return entityManager
                .createQuery("select d from ReferenceDocument d, Project p where p.id = d.projectId and d.id = :id"
                        + " and " + Access.VISIBLE_PROJECT, ReferenceDocument.class)
                .setParameter("id", documentId).setParameter("uid", principal.userId()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private static EventLog.Subject subject(Project project, ReferenceDocument document, Principal principal) {
        return new EventLog.Subject(project.accountId, project.id, null, principal.userId());
    }

    private static Map<String, Object> data(ReferenceDocument document) {
        return EventLog.data("ProjectUID", document.projectId.toString(), "RefDocUID", document.id.toString(), "Name",
                document.name, "FileSize", document.fileSize);
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (IOException | RuntimeException e) {
            LOG.warnf(e, "Could not delete blob %s", key);
        }
    }
}

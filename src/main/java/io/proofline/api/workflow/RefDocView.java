package io.proofline.api.workflow;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.proofline.refdoc.ReferenceDocument;
import io.proofline.system.Times;

/** A reference document in a project's {@code refDocs} (named like an asset's fields: uid, name, size, created). */
@JsonPropertyOrder({ "refDocUID", "name", "fileSize", "contentType", "created" })
public record RefDocView(String refDocUID, String name, long fileSize, String contentType, String created) {

    static RefDocView of(ReferenceDocument document) {
        return new RefDocView(document.id.toString(), document.name, document.fileSize, document.contentType,
                Times.workflow(document.createdAt));
    }
}

package io.proofline.ingest;

import io.proofline.system.ConflictException;

/** Another live asset of the project already has the external id (400 on the ingest face). */
public class ExternalIdTakenException extends ConflictException {

    public ExternalIdTakenException() {
        super("External id has already been taken");
    }
}

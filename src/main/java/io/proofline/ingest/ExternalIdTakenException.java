package io.proofline.ingest;

/** Another live asset of the project already has the external id (400 on the ingest face). */
public class ExternalIdTakenException extends RuntimeException {

    public ExternalIdTakenException() {
        super("External id has already been taken");
    }
}

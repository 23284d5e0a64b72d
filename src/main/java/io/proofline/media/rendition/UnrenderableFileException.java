package io.proofline.media.rendition;

/** The file itself is the problem (corrupt, hostile or over a limit): processing fails for good, with this reason. */
public class UnrenderableFileException extends RuntimeException {

    public UnrenderableFileException(String reason) {
        super(reason);
    }

    public UnrenderableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

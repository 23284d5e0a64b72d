package io.proofline.media.rendition;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Thumbnails and previews made by processing, and the limits that keep hostile files from hurting the server. */
@ConfigMapping(prefix = "proofline.renditions")
public interface RenditionConfig {

    /** Long edge of thumbnails, in pixels. */
    @WithDefault("512")
    int thumbnailSize();

    /** Long edge of an image's zoomable preview, in pixels. */
    @WithDefault("2048")
    int previewSize();

    /** Resolution PDF pages are rendered at. */
    @WithDefault("150")
    int pageDpi();

    /** Long edge of a rendered PDF page, in pixels; a large page is rendered below page-dpi to stay within it. */
    @WithDefault("3000")
    int pageMaxSize();

    /** Most pixels (width × height) an image may declare; larger images fail before they are decoded. */
    @WithDefault("200000000")
    long maxPixels();

    /** Longest edge an image may declare, in pixels. */
    @WithDefault("32768")
    int maxSide();

    /** Most pages a PDF (or images a multi-page TIFF) may have. */
    @WithDefault("1000")
    int maxPages();

    /** Longest edge a PDF page may have, in points (14400 = 200 inches, the PDF format's own limit). */
    @WithDefault("14400")
    float maxPageSide();

    /** How long rendering one file may take; keep it below proofline.jobs.lease. */
    @WithDefault("4m")
    Duration timeout();

    /** JPEG quality of thumbnails and previews, 0 to 1. */
    @WithDefault("0.85")
    float jpegQuality();

    /** How long the signed thumbnail and preview links handed out stay valid (at least this, at most twice it). */
    @WithDefault("6h")
    Duration urlLifetime();

    default RenditionLimits limits() {
        return new RenditionLimits(thumbnailSize(), previewSize(), pageDpi(), pageMaxSize(), maxPixels(), maxSide(),
                maxPages(), maxPageSide(), timeout(), jpegQuality());
    }
}

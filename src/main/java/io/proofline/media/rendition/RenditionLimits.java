package io.proofline.media.rendition;

import java.time.Duration;

/**
 * Sizes of what is produced and the limits a file must stay within to be rendered. Checked against what a file declares
 * before anything is decoded, so a file that claims to be huge fails before it costs memory.
 *
 * @param thumbnailSize
 *            long edge of the thumbnail, in pixels
 * @param previewSize
 *            long edge of an image's preview, in pixels
 * @param pageDpi
 *            resolution of a PDF page's preview
 * @param pageMaxSize
 *            long edge of a PDF page's preview, in pixels, whatever the dpi would give
 * @param maxPixels
 *            most pixels (width × height) an image may declare
 * @param maxSide
 *            longest edge an image may declare, in pixels
 * @param maxPages
 *            most pages a PDF (or images a TIFF) may have
 * @param maxPageSide
 *            longest edge a PDF page may have, in points (1/72 inch)
 * @param timeout
 *            how long rendering one file may take
 * @param jpegQuality
 *            JPEG quality of the renditions, 0 to 1
 */
public record RenditionLimits(int thumbnailSize, int previewSize, int pageDpi, int pageMaxSize, long maxPixels,
        int maxSide, int maxPages, float maxPageSide, Duration timeout, float jpegQuality) {

    /** The defaults of {@link RenditionConfig}. */
    public static RenditionLimits defaults() {
        return new RenditionLimits(512, 2048, 150, 3000, 200_000_000L, 32_768, 1000, 14_400f, Duration.ofMinutes(4),
                0.85f);
    }

    public RenditionLimits withTimeout(Duration other) {
        return new RenditionLimits(thumbnailSize, previewSize, pageDpi, pageMaxSize, maxPixels, maxSide, maxPages,
                maxPageSide, other, jpegQuality);
    }

    public RenditionLimits withMaxPixels(long other) {
        return new RenditionLimits(thumbnailSize, previewSize, pageDpi, pageMaxSize, other, maxSide, maxPages,
                maxPageSide, timeout, jpegQuality);
    }

    /** Refuses an image whose declared size is over the limits (or not a size at all). */
    void checkImage(long width, long height) {
        if (width <= 0 || height <= 0) {
            throw new UnrenderableFileException(
                    "The image declares an invalid size of " + width + " × " + height + " pixels.");
        }
        if (width > maxSide || height > maxSide) {
            throw new UnrenderableFileException("The image is " + width + " × " + height
                    + " pixels; the longest side allowed is " + maxSide + " pixels.");
        }
        if (width * height > maxPixels) {
            throw new UnrenderableFileException("The image is " + width + " × " + height + " pixels (" + width * height
                    + "); the limit is " + maxPixels + " pixels.");
        }
    }

    void checkPages(int pages, String what) {
        if (pages > maxPages) {
            throw new UnrenderableFileException(
                    "The " + what + " has " + pages + " pages; the limit is " + maxPages + ".");
        }
    }
}

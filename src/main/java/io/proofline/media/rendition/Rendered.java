package io.proofline.media.rendition;

/**
 * What rendering learnt about a file. For images width and height are pixels; for PDFs they are the first page's size
 * in points (1/72 inch), as displayed (crop box, rotation applied).
 *
 * @param previewable
 *            whether a thumbnail and page previews were made
 * @param pages
 *            number of page previews (1 for an image)
 * @param colorSpace
 *            RGB, CMYK, Gray, Lab or Other for images; null for PDFs, whose pages mix colour spaces
 */
public record Rendered(boolean previewable, int pages, Integer width, Integer height, String colorSpace) {

    static Rendered notPreviewable() {
        return new Rendered(false, 0, null, null, null);
    }
}

package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Receives the renditions of one file as they are made, so only one page is in memory at a time. */
public interface RenditionSink {

    /** The preview of page {@code page} (1-based; an image is page 1), an sRGB image. */
    void page(int page, BufferedImage preview) throws IOException;

    /** The thumbnail, an sRGB image. */
    void thumbnail(BufferedImage thumbnail) throws IOException;
}

package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.TreeMap;

/** Keeps the renditions in memory for tests to look at. */
class CollectingSink implements RenditionSink {

    final Map<Integer, BufferedImage> pages = new TreeMap<>();
    BufferedImage thumbnail;

    @Override
    public void page(int page, BufferedImage preview) {
        pages.put(page, preview);
    }

    @Override
    public void thumbnail(BufferedImage image) {
        thumbnail = image;
    }
}

package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

/**
 * Renders raster images (JPEG incl. CMYK/YCCK, PNG, TIFF incl. multi-page and CMYK, WebP, GIF, PSD, BMP) through
 * ImageIO with the TwelveMonkeys readers. The declared size is checked before decoding, and large images are decoded
 * with source subsampling so memory stays near the preview's size whatever the original's.
 */
public class ImageRenderer {

    /** Aborts reads that overrun their deadline; ImageIO readers check for an abort between rows. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "image-render-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    static {
        ImageIO.scanForPlugins();
        // decoding reads a local temporary file; a second cache file would only cost time
        ImageIO.setUseCache(false);
    }

    private final RenditionLimits limits;

    public ImageRenderer(RenditionLimits limits) {
        this.limits = limits;
    }

    /** Whether ImageIO has a reader for this file's bytes. */
    public static boolean readable(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            return in != null && ImageIO.getImageReaders(in).hasNext();
        }
    }

    public Rendered render(Path file, RenditionSink sink) throws IOException {
        Deadline deadline = Deadline.after(limits.timeout());
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Rendered.notPreviewable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                return render(reader, sink, deadline);
            } catch (UnrenderableFileException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new UnrenderableFileException("The image could not be read: " + describe(e), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private Rendered render(ImageReader reader, RenditionSink sink, Deadline deadline) throws IOException {
        int pages = pageCount(reader);
        Integer firstWidth = null;
        Integer firstHeight = null;
        String colorSpace = null;
        for (int index = 0; index < pages; index++) {
            deadline.check();
            int width = reader.getWidth(index);
            int height = reader.getHeight(index);
            limits.checkImage(width, height);
            if (index == 0) {
                firstWidth = width;
                firstHeight = height;
                colorSpace = colorSpace(reader, index);
            }
            BufferedImage preview = Pictures.fit(Pictures.toSrgb(decode(reader, index, width, height, deadline)),
                    limits.previewSize());
            sink.page(index + 1, preview);
            if (index == 0) {
                sink.thumbnail(Pictures.fit(preview, limits.thumbnailSize()));
            }
        }
        return new Rendered(true, pages, firstWidth, firstHeight, colorSpace);
    }

    /** Images in a TIFF are its pages; every other format shows its first image (a GIF its first frame). */
    private int pageCount(ImageReader reader) throws IOException {
        if (!"tif".equalsIgnoreCase(reader.getFormatName()) && !"tiff".equalsIgnoreCase(reader.getFormatName())) {
            return 1;
        }
        int images = reader.getNumImages(true);
        limits.checkPages(images, "TIFF");
        if (images < 1) {
            throw new UnrenderableFileException("The TIFF has no images.");
        }
        return images;
    }

    /**
     * Decodes every n-th pixel of every n-th row, n chosen so the result is still at least the preview's size: a
     * 40-megapixel photo becomes a few megapixels in memory, never the full raster.
     */
    private BufferedImage decode(ImageReader reader, int index, int width, int height, Deadline deadline)
            throws IOException {
        int step = Math.max(1, Math.max(width, height) / limits.previewSize());
        ImageReadParam param = reader.getDefaultReadParam();
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        ScheduledFuture<?> abort = WATCHDOG.schedule(reader::abort, deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        BufferedImage image;
        try {
            image = reader.read(index, param);
        } finally {
            abort.cancel(false);
        }
        if (deadline.passed()) {
            throw Deadline.timedOut(deadline.timeout());
        }
        if (image == null) {
            throw new UnrenderableFileException("The image could not be decoded.");
        }
        return image;
    }

    private static String colorSpace(ImageReader reader, int index) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(index);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(index);
            type = types.hasNext() ? types.next() : null;
        }
        return type == null ? null : Pictures.colorSpaceName(type.getColorModel().getColorSpace());
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}

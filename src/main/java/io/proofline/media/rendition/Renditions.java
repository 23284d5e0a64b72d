package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.proofline.asset.Asset;
import io.proofline.asset.ProcessingStatus;
import io.proofline.storage.BlobKeys;
import io.proofline.storage.BlobStore;
import io.proofline.system.SignedUrls;

/**
 * Thumbnails and page previews of an asset's original, made once by the processing job and kept in the blob store next
 * to the original (keys from {@link BlobKeys}); served at signed expiring URLs by
 * {@code io.proofline.api.media.RenditionResource}.
 */
@ApplicationScoped
public class Renditions {

    private static final Logger LOG = Logger.getLogger(Renditions.class);
    /** Where the signed rendition links point (served by the API side's RenditionResource). */
    public static final String PATH = "/media/renditions/";

    @Inject
    BlobStore blobs;

    @Inject
    RenditionConfig config;

    @Inject
    SignedUrls signedUrls;

    /** Renders on its own threads, so a render that ignores its deadline can be abandoned by the job. */
    private final ExecutorService renderers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "renditions");
        thread.setDaemon(true);
        return thread;
    });

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    /**
     * Long edge, in pixels, of the small thumbnail of the review page's grid (made from the thumbnail): cards are about
     * 180 CSS px wide on phones, so the 512 px thumbnail costs twice the bytes and decoding there. Assets processed
     * before it existed have none; the rendition resource then serves the thumbnail.
     */
    public static final int SMALL_THUMBNAIL_SIZE = 320;

    /**
     * Renders the stored original by its sniffed content type and stores the renditions. A file that is corrupt,
     * hostile or over a limit throws {@link UnrenderableFileException} with the reason; a failure to read or write the
     * blob store throws IOException (worth a retry).
     */
    public Rendered render(UUID assetId, String originalKey, String contentType) throws IOException {
        RenditionLimits limits = config.limits();
        Path file = Files.createTempFile("proofline-render-", ".bin");
        try {
            try (InputStream in = blobs.open(originalKey)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return renderWithin(limits, () -> render(file, contentType, limits, new BlobSink(assetId, limits)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Renders a local file by its content type; the same code the job runs, for tools and benchmarks. */
    public static Rendered render(Path file, String contentType, RenditionLimits limits, RenditionSink sink)
            throws IOException {
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (type.equals("application/pdf") || type.equals("application/illustrator")) {
            if (PdfRenderer.isPdf(file)) {
                return new PdfRenderer(limits).render(file, sink);
            }
            return Rendered.notPreviewable();
        }
        if (type.startsWith("image/")) {
            return new ImageRenderer(limits).render(file, sink);
        }
        return Rendered.notPreviewable();
    }

    private interface Render {
        Rendered run() throws IOException;
    }

    private Rendered renderWithin(RenditionLimits limits, Render render) throws IOException {
        Future<Rendered> running = renderers.submit(render::run);
        try {
            // the render checks its deadline itself; this is the backstop for code that does not
            return running.get(limits.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw Deadline.timedOut(limits.timeout());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UnrenderableFileException unrenderable) {
                throw unrenderable;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new UnrenderableFileException("The file needs more memory to render than the server has.");
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            LOG.warnf(cause, "Rendering failed unexpectedly");
            throw new UnrenderableFileException("The file could not be rendered: " + ImageRenderer.describe(cause),
                    cause);
        }
    }

    /** A signed link to the asset's thumbnail, or null while it has none. */
    public String thumbnailUrl(Asset asset) {
        return servable(asset) ? sign(PATH + asset.id + "/thumbnail.jpg") : null;
    }

    /** A signed link to the asset's small thumbnail, or null while it has none. */
    public String smallThumbnailUrl(Asset asset) {
        return servable(asset) ? sign(PATH + asset.id + "/thumbnail-small.jpg") : null;
    }

    /** A signed link to the preview of page {@code page} (1-based), or null when there is no such page. */
    public String pageUrl(Asset asset, int page) {
        return servable(asset) && page >= 1 && page <= asset.pagesCount
                ? sign(PATH + asset.id + "/pages/" + page + ".jpg")
                : null;
    }

    /** Whether the asset has renditions to serve: live, processed and previewable. */
    public static boolean servable(Asset asset) {
        return asset != null && asset.deletedAt == null && asset.processingStatus == ProcessingStatus.Processed
                && Boolean.TRUE.equals(asset.previewable) && asset.pagesCount != null;
    }

    /**
     * Expiries are rounded up to a multiple of the lifetime, so the same link is handed out for a while and browsers
     * can cache the image under it.
     */
    private String sign(String path) {
        long lifetime = Math.max(60, config.urlLifetime().toSeconds());
        long now = Instant.now().getEpochSecond();
        long expires = (now / lifetime + 2) * lifetime;
        return signedUrls.sign(path, Duration.ofSeconds(expires - now));
    }

    /** Encodes each rendition as JPEG and stores it. */
    private final class BlobSink implements RenditionSink {

        private final UUID assetId;
        private final RenditionLimits limits;

        BlobSink(UUID assetId, RenditionLimits limits) {
            this.assetId = assetId;
            this.limits = limits;
        }

        @Override
        public void page(int page, BufferedImage preview) throws IOException {
            store(BlobKeys.page(assetId, page), preview);
        }

        @Override
        public void thumbnail(BufferedImage thumbnail) throws IOException {
            store(BlobKeys.thumbnail(assetId), thumbnail);
            store(BlobKeys.smallThumbnail(assetId), Pictures.fit(thumbnail, SMALL_THUMBNAIL_SIZE));
        }

        private void store(String key, BufferedImage image) throws IOException {
            // a rendition is small (a JPEG of at most a few thousand pixels a side), unlike the original
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            Pictures.writeJpeg(image, limits.jpegQuality(), jpeg);
            blobs.put(key, new ByteArrayInputStream(jpeg.toByteArray()));
        }
    }
}

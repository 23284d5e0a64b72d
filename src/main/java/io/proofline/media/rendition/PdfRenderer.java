package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders PDF (and PDF-based Illustrator) pages with PDFBox: page count and sizes are checked against the limits before
 * any page is drawn; pages are drawn one at a time at {@code pageDpi}, capped at {@code pageMaxSize} pixels; images
 * inside pages are subsampled to the output resolution; and the parser keeps its scratch data in temporary files beyond
 * a few megabytes, so a large PDF does not fill the heap.
 */
public class PdfRenderer {

    private static final long PARSER_MEMORY = 8L * 1024 * 1024;

    private final RenditionLimits limits;

    public PdfRenderer(RenditionLimits limits) {
        this.limits = limits;
    }

    /** Whether the bytes start as a PDF does (Illustrator files since version 9 are PDFs). */
    public static boolean isPdf(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(1024, in.length())];
            in.readFully(head);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }

    public Rendered render(Path file, RenditionSink sink) throws IOException {
        Deadline deadline = Deadline.after(limits.timeout());
        requireEndOfFile(file);
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), MemoryUsageSetting.setupMixed(PARSER_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnrenderableFileException("The PDF is password-protected.", e);
        } catch (IOException e) {
            throw new UnrenderableFileException("The PDF could not be read: " + ImageRenderer.describe(e), e);
        }
        try (document) {
            return render(document, sink, deadline);
        } catch (UnrenderableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnrenderableFileException("The PDF could not be rendered: " + ImageRenderer.describe(e), e);
        }
    }

    private Rendered render(PDDocument document, RenditionSink sink, Deadline deadline) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 1) {
            throw new UnrenderableFileException("The PDF has no pages.");
        }
        limits.checkPages(pages, "PDF");
        float[][] sizes = new float[pages][];
        for (int index = 0; index < pages; index++) {
            deadline.check();
            sizes[index] = displayedSize(document.getPage(index), index + 1);
        }
        PDFRenderer renderer = new DeadlineRenderer(document, deadline);
        renderer.setSubsamplingAllowed(true);
        for (int index = 0; index < pages; index++) {
            deadline.check();
            float longEdge = Math.max(sizes[index][0], sizes[index][1]);
            float scale = Math.min(limits.pageDpi() / 72f, limits.pageMaxSize() / longEdge);
            BufferedImage page = renderer.renderImage(index, scale, ImageType.RGB);
            sink.page(index + 1, page);
            if (index == 0) {
                sink.thumbnail(Pictures.fit(page, limits.thumbnailSize()));
            }
        }
        return new Rendered(true, pages, Math.round(sizes[0][0]), Math.round(sizes[0][1]), null);
    }

    /** Width and height in points as the page is shown (crop box, turned by its rotation); refuses absurd pages. */
    private float[] displayedSize(PDPage page, int number) {
        PDRectangle box = page.getCropBox();
        float width = Math.abs(box.getWidth()) * userUnit(page);
        float height = Math.abs(box.getHeight()) * userUnit(page);
        if (!(width >= 1 && height >= 1)) {
            throw new UnrenderableFileException("Page " + number + " of the PDF has no area.");
        }
        if (width > limits.maxPageSide() || height > limits.maxPageSide()) {
            throw new UnrenderableFileException(
                    "Page " + number + " of the PDF is " + Math.round(width) + " × " + Math.round(height)
                            + " points; the longest side allowed is " + Math.round(limits.maxPageSide()) + " points.");
        }
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? new float[] { height, width } : new float[] { width, height };
    }

    private static float userUnit(PDPage page) {
        float unit = page.getUserUnit();
        return unit > 0 ? unit : 1;
    }

    /**
     * A PDF ends with {@code %%EOF}; a file cut short on upload does not. PDFBox would rebuild what it can of such a
     * file, but a proof of half a file is no proof, so it fails with a reason instead.
     */
    private static void requireEndOfFile(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            int tail = (int) Math.min(2048, in.length());
            byte[] end = new byte[tail];
            in.seek(in.length() - tail);
            in.readFully(end);
            if (!new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new UnrenderableFileException("The PDF is truncated: it has no end-of-file marker.");
            }
        }
    }

    /** Checks the deadline before every content-stream operator, so a page with endless content stops in time. */
    private static final class DeadlineRenderer extends PDFRenderer {

        private final Deadline deadline;

        DeadlineRenderer(PDDocument document, Deadline deadline) {
            super(document);
            this.deadline = deadline;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    deadline.check();
                    super.processOperator(operator, operands);
                }
            };
        }
    }
}

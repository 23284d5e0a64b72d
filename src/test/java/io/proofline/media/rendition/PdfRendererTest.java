package io.proofline.media.rendition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {

    @TempDir
    Path directory;

    private final RenditionLimits limits = RenditionLimits.defaults();

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(directory, "document", ".pdf"), bytes);
    }

    private Rendered render(byte[] bytes, CollectingSink sink) throws IOException {
        return new PdfRenderer(limits).render(file(bytes), sink);
    }

    @Test
    void every_page_is_rendered_at_150_dpi_with_a_thumbnail_of_page_one() throws IOException {
        CollectingSink sink = new CollectingSink();
        // A4 in points: 595 × 842, at 150 dpi 1239.6 × 1754.2 pixels
        Rendered rendered = render(TestFiles.pdf(3, 595, 842), sink);
        assertThat(rendered).isEqualTo(new Rendered(true, 3, 595, 842, null));
        assertThat(sink.pages).containsOnlyKeys(1, 2, 3);
        assertThat(sink.pages.get(3).getWidth()).isEqualTo(1239);
        assertThat(sink.pages.get(3).getHeight()).isEqualTo(1754);
        assertThat(sink.thumbnail.getWidth()).isEqualTo(362);
        assertThat(sink.thumbnail.getHeight()).isEqualTo(512);
        // the blue band at the bottom of the page is drawn
        assertThat(new java.awt.Color(sink.pages.get(1).getRGB(600, 1500)).getBlue()).isGreaterThan(150);
    }

    @Test
    void a_large_page_is_rendered_within_the_pixel_cap() throws IOException {
        CollectingSink sink = new CollectingSink();
        render(TestFiles.pdf(1, 2880, 1440), sink);
        assertThat(sink.pages.get(1).getWidth()).isEqualTo(3000);
        assertThat(sink.pages.get(1).getHeight()).isEqualTo(1500);
    }

    @Test
    void a_truncated_pdf_fails() {
        assertThatThrownBy(() -> render(TestFiles.truncatedPdf(), new CollectingSink()))
                .isInstanceOf(UnrenderableFileException.class)
                .hasMessage("The PDF is truncated: it has no end-of-file marker.");
    }

    @Test
    void a_pdf_with_more_pages_than_the_limit_fails_before_rendering() throws IOException {
        RenditionLimits fivePages = new RenditionLimits(512, 2048, 150, 3000, 200_000_000L, 32_768, 5, 14_400f,
                Duration.ofMinutes(1), 0.85f);
        CollectingSink sink = new CollectingSink();
        assertThatThrownBy(() -> new PdfRenderer(fivePages).render(file(TestFiles.pdf(6, 200, 200)), sink))
                .isInstanceOf(UnrenderableFileException.class).hasMessage("The PDF has 6 pages; the limit is 5.");
        assertThat(sink.pages).isEmpty();
    }

    @Test
    void a_page_count_that_lies_is_corrected_from_the_page_tree() throws IOException {
        // PDFBox counts the pages the tree really holds, so a claimed /Count of millions costs nothing
        CollectingSink sink = new CollectingSink();
        assertThat(render(TestFiles.pdfClaimingPages(5_000_000), sink).pages()).isEqualTo(1);
        assertThat(sink.pages).containsOnlyKeys(1);
    }

    @Test
    void a_pdf_with_a_huge_media_box_fails() {
        assertThatThrownBy(() -> render(TestFiles.pdfWithMediaBox("0 0 2000000 2000000"), new CollectingSink()))
                .isInstanceOf(UnrenderableFileException.class)
                .hasMessage("Page 1 of the PDF is 2000000 × 2000000 points; the longest side allowed is 14400 points.");
    }

    @Test
    void garbage_with_a_pdf_header_fails() {
        byte[] garbage = "%PDF-1.7\nthis is not a PDF at all\n%%EOF\n".getBytes();
        assertThatThrownBy(() -> render(garbage, new CollectingSink())).isInstanceOf(UnrenderableFileException.class)
                .hasMessageStartingWith("The PDF could not be read");
    }

    @Test
    void a_page_that_renders_too_long_is_stopped() throws IOException {
        byte[] slow = TestFiles.slowPdf(300_000);
        PdfRenderer hurried = new PdfRenderer(limits.withTimeout(Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> hurried.render(file(slow), new CollectingSink()))
                .isInstanceOf(UnrenderableFileException.class).hasMessageStartingWith("Rendering took longer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}

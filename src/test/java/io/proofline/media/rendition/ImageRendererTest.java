package io.proofline.media.rendition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageRendererTest {

    @TempDir
    Path directory;

    private final RenditionLimits limits = RenditionLimits.defaults();

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(directory, "image", ".bin"), bytes);
    }

    private Rendered render(byte[] bytes, CollectingSink sink) throws IOException {
        return new ImageRenderer(limits).render(file(bytes), sink);
    }

    @Test
    void a_large_jpeg_gets_its_size_and_a_preview_and_thumbnail_that_fit() throws IOException {
        CollectingSink sink = new CollectingSink();
        Rendered rendered = render(TestFiles.jpeg(5000, 2500), sink);
        assertThat(rendered).isEqualTo(new Rendered(true, 1, 5000, 2500, "RGB"));
        assertThat(sink.pages).containsOnlyKeys(1);
        assertThat(sink.pages.get(1).getWidth()).isEqualTo(2048);
        assertThat(sink.pages.get(1).getHeight()).isEqualTo(1024);
        assertThat(sink.thumbnail.getWidth()).isEqualTo(512);
        assertThat(sink.thumbnail.getHeight()).isEqualTo(256);
        assertThat(sink.thumbnail.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void a_small_png_keeps_its_size() throws IOException {
        CollectingSink sink = new CollectingSink();
        assertThat(render(TestFiles.png(300, 200), sink)).isEqualTo(new Rendered(true, 1, 300, 200, "RGB"));
        assertThat(sink.pages.get(1).getWidth()).isEqualTo(300);
        assertThat(sink.thumbnail.getWidth()).isEqualTo(300);
    }

    @Test
    void a_cmyk_jpeg_with_its_icc_profile_is_cmyk_and_previews_in_srgb() throws IOException {
        byte[] jpeg = TestFiles.cmykJpeg(800, 600);
        assertThat(TestFiles.hasIccProfile(jpeg)).isTrue();
        CollectingSink sink = new CollectingSink();
        assertThat(render(jpeg, sink)).isEqualTo(new Rendered(true, 1, 800, 600, "CMYK"));
        BufferedImage preview = sink.pages.get(1);
        assertThat(preview.getColorModel().getColorSpace().isCS_sRGB()).isTrue();
        // magenta grows downwards, cyan to the right: bottom left is magenta, top right cyan
        Color magenta = new Color(preview.getRGB(5, 590));
        assertThat(magenta.getRed()).isGreaterThan(magenta.getGreen() + 60);
        Color cyan = new Color(preview.getRGB(790, 5));
        assertThat(cyan.getBlue()).isGreaterThan(cyan.getRed() + 60);
    }

    @Test
    void a_cmyk_tiff_is_cmyk() throws IOException {
        CollectingSink sink = new CollectingSink();
        assertThat(render(TestFiles.cmykTiff(640, 480), sink)).isEqualTo(new Rendered(true, 1, 640, 480, "CMYK"));
        assertThat(sink.thumbnail.getWidth()).isEqualTo(512);
        assertThat(sink.thumbnail.getHeight()).isEqualTo(384);
    }

    @Test
    void every_image_of_a_multi_page_tiff_is_a_page() throws IOException {
        CollectingSink sink = new CollectingSink();
        Rendered rendered = render(TestFiles.multiPageTiff(400, 3000, 100), sink);
        assertThat(rendered).isEqualTo(new Rendered(true, 3, 400, 200, "RGB"));
        assertThat(sink.pages).containsOnlyKeys(1, 2, 3);
        assertThat(sink.pages.get(2).getWidth()).isEqualTo(2048);
        assertThat(sink.pages.get(3).getWidth()).isEqualTo(100);
        assertThat(sink.thumbnail.getWidth()).isEqualTo(400);
    }

    @Test
    void gray_png_and_gif_are_read() throws IOException {
        assertThat(render(TestFiles.grayPng(100, 50), new CollectingSink()).colorSpace()).isEqualTo("Gray");
        assertThat(render(TestFiles.gif(100, 50), new CollectingSink()))
                .isEqualTo(new Rendered(true, 1, 100, 50, "RGB"));
    }

    @Test
    void an_image_format_without_a_reader_is_not_previewable() throws IOException {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes();
        assertThat(render(svg, new CollectingSink())).isEqualTo(Rendered.notPreviewable());
    }

    @Test
    void a_decompression_bomb_fails_on_its_declared_size_before_decoding() throws IOException {
        byte[] bomb = TestFiles.pngDeclaring(50_000, 50_000, 10);
        assertThat(bomb.length).isLessThan(1000);
        assertThatThrownBy(() -> render(bomb, new CollectingSink())).isInstanceOf(UnrenderableFileException.class)
                .hasMessage("The image is 50000 × 50000 pixels; the longest side allowed is 32768 pixels.");
        RenditionLimits fewPixels = limits.withMaxPixels(1_000_000);
        assertThatThrownBy(() -> new ImageRenderer(fewPixels).render(file(TestFiles.pngDeclaring(2000, 2000, 1)), null))
                .hasMessage("The image is 2000 × 2000 pixels (4000000); the limit is 1000000 pixels.");
    }

    @Test
    void a_100000_pixel_wide_png_fails() throws IOException {
        BufferedImage wide = new BufferedImage(100_000, 2, BufferedImage.TYPE_BYTE_GRAY);
        byte[] png = TestFiles.write(wide, "png");
        assertThatThrownBy(() -> render(png, new CollectingSink())).isInstanceOf(UnrenderableFileException.class)
                .hasMessageContaining("100000 × 2 pixels; the longest side allowed is 32768 pixels");
    }

    @Test
    void an_image_whose_header_lies_about_its_data_fails() throws IOException {
        byte[] lying = TestFiles.pngDeclaring(3000, 3000, 5);
        assertThatThrownBy(() -> render(lying, new CollectingSink())).isInstanceOf(UnrenderableFileException.class)
                .hasMessageStartingWith("The image could not be read:");
    }

    @Test
    void a_truncated_png_fails() throws IOException {
        byte[] png = TestFiles.png(1000, 1000);
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 3);
        assertThatThrownBy(() -> render(cut, new CollectingSink())).isInstanceOf(UnrenderableFileException.class);
    }

    @Test
    void a_render_over_its_time_limit_fails() throws IOException {
        byte[] png = TestFiles.png(6000, 6000);
        ImageRenderer hurried = new ImageRenderer(limits.withTimeout(Duration.ofMillis(1)));
        assertThatThrownBy(() -> hurried.render(file(png), new CollectingSink()))
                .isInstanceOf(UnrenderableFileException.class).hasMessageStartingWith("Rendering took longer");
    }
}

package io.proofline.media.rendition;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times the processing job's rendition code on a local file, for {@code bench/media-render.sh}:
 * {@code java -cp ... io.proofline.media.rendition.RenderBenchmark <file> <content-type> [runs]}. Each run does what
 * the job does after sniffing (decode, previews, thumbnail, JPEG encoding) except storing the JPEGs. As many runs again
 * (at least 10) first warm the JVM up, as a server that has been running is; the median of the measured runs is printed
 * in milliseconds.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RenderBenchmark <file> <content-type> [runs]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        RenditionLimits limits = RenditionLimits.defaults();
        RenditionSink encodeOnly = new RenditionSink() {
            @Override
            public void page(int page, BufferedImage preview) throws IOException {
                Pictures.writeJpeg(preview, limits.jpegQuality(), OutputStream.nullOutputStream());
            }

            @Override
            public void thumbnail(BufferedImage thumbnail) throws IOException {
                Pictures.writeJpeg(thumbnail, limits.jpegQuality(), OutputStream.nullOutputStream());
            }
        };
        int warmUp = Math.max(10, runs);
        long[] times = new long[runs];
        Rendered rendered = null;
        for (int run = 0; run < warmUp + runs; run++) {
            long started = System.nanoTime();
            rendered = Renditions.render(file, args[1], limits, encodeOnly);
            if (run >= warmUp) {
                times[run - warmUp] = System.nanoTime() - started;
            }
        }
        Arrays.sort(times);
        System.err.println(rendered);
        System.out.printf("%.1f%n", times[runs / 2] / 1e6);
    }
}

package io.proofline.media.rendition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

/** Colour conversion, scaling and JPEG encoding shared by the image and PDF renderers. */
public final class Pictures {

    private Pictures() {
    }

    /** The colour space family as stored on the asset: RGB, CMYK, Gray, Lab or Other. */
    static String colorSpaceName(ColorSpace space) {
        return switch (space.getType()) {
            case ColorSpace.TYPE_RGB -> "RGB";
            case ColorSpace.TYPE_CMYK, ColorSpace.TYPE_4CLR -> "CMYK";
            case ColorSpace.TYPE_GRAY -> "Gray";
            case ColorSpace.TYPE_Lab -> "Lab";
            case ColorSpace.TYPE_YCbCr -> "YCbCr";
            default -> "Other";
        };
    }

    /**
     * The image as opaque sRGB ({@code TYPE_INT_RGB}): CMYK and other ICC colour spaces are converted through their
     * profiles; transparency is flattened onto white, as a proof on paper would show it.
     */
    static BufferedImage toSrgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
            Graphics2D graphics = rgb.createGraphics();
            try {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
                graphics.drawImage(image, 0, 0, null);
            } finally {
                graphics.dispose();
            }
        } else {
            new ColorConvertOp(null).filter(image, rgb);
        }
        return rgb;
    }

    /** The image scaled down to fit a square of {@code size} pixels; an image that already fits is returned as is. */
    static BufferedImage fit(BufferedImage image, int size) throws IOException {
        int longEdge = Math.max(image.getWidth(), image.getHeight());
        if (longEdge <= size) {
            return image;
        }
        double scale = (double) size / longEdge;
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return Thumbnails.of(image).forceSize(width, height).asBufferedImage();
    }

    /** Writes the image as a baseline JPEG. */
    public static void writeJpeg(BufferedImage image, float quality, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}

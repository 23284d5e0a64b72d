package io.proofline.media.rendition;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for the processing tests, made on the spot: good ones of each format and hostile ones. */
public final class TestFiles {

    private TestFiles() {
    }

    static {
        ImageIO.scanForPlugins();
    }

    /** An RGB gradient of the given size. */
    public static BufferedImage rgbImage(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, Color.RED, width, height, Color.BLUE));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        return write(rgbImage(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) throws IOException {
        return write(rgbImage(width, height), "png");
    }

    public static byte[] grayPng(int width, int height) throws IOException {
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = gray.createGraphics();
        graphics.drawImage(rgbImage(width, height), 0, 0, null);
        graphics.dispose();
        return write(gray, "png");
    }

    public static byte[] gif(int width, int height) throws IOException {
        return write(rgbImage(width, height), "gif");
    }

    /** The small CMYK (coated FOGRA-like CGATS) ICC profile that ships inside PDFBox. */
    public static ICC_Profile cmykProfile() throws IOException {
        try (InputStream in = PDDocument.class
                .getResourceAsStream("/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")) {
            return ICC_Profile.getInstance(in);
        }
    }

    /** A CMYK image, cyan growing to the right and magenta downwards over a little black. */
    public static BufferedImage cmykImage(int width, int height) throws IOException {
        ColorSpace cmyk = new ICC_ColorSpace(cmykProfile());
        ColorModel model = new ComponentColorModel(cmyk, false, false, ColorModel.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] { 255 * x / width, 255 * y / height, 0, 20 });
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * A CMYK JPEG with its ICC profile embedded (APP2 ICC_PROFILE), as packaging artwork comes from prepress. The JDK
     * writer stores the four channels as they are; the profile and Adobe segments are added after the start marker.
     */
    public static byte[] cmykJpeg(int width, int height) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            WritableRaster inverted = cmykImage(width, height).getRaster();
            int[] samples = inverted.getPixels(0, 0, width, height, (int[]) null);
            for (int i = 0; i < samples.length; i++) {
                samples[i] = 255 - samples[i];
            }
            inverted.setPixels(0, 0, width, height, samples);
            writer.write(null, new IIOImage(inverted, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        byte[] jpeg = bytes.toByteArray();
        byte[] profile = cmykProfile().getData();
        ByteArrayOutputStream withProfile = new ByteArrayOutputStream();
        withProfile.write(jpeg, 0, 2);
        DataOutputStream segment = new DataOutputStream(withProfile);
        byte[] name = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        segment.writeShort(0xFFE2);
        segment.writeShort(2 + name.length + 2 + profile.length);
        segment.write(name);
        segment.write(new byte[] { 1, 1 });
        segment.write(profile);
        // Adobe APP14, transform 0: the four channels are CMYK, stored inverted as Photoshop does
        segment.writeShort(0xFFEE);
        segment.writeShort(14);
        segment.write("Adobe".getBytes(StandardCharsets.US_ASCII));
        segment.write(new byte[] { 0, 100, 0, 0, 0, 0, 0 });
        withProfile.write(jpeg, 2, jpeg.length - 2);
        return withProfile.toByteArray();
    }

    public static byte[] cmykTiff(int width, int height) throws IOException {
        return write(cmykImage(width, height), "tiff");
    }

    /** A TIFF with one image per given width (heights are half the widths). */
    public static byte[] multiPageTiff(int... widths) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int width : widths) {
                writer.writeToSequence(new IIOImage(rgbImage(width, width / 2), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A PDF of {@code pages} pages of the given size in points, each with its number in large type. */
    public static byte[] pdf(int pages, float width, float height) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage(new PDRectangle(width, height));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(0.1f, 0.4f, 0.8f);
                    content.addRect(20, 20, width - 40, height / 3);
                    content.fill();
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 48);
                    content.newLineAtOffset(40, height - 100);
                    content.showText("Page " + number);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose page draws {@code rectangles} tiny rectangles: slow to render on purpose. */
    public static byte[] slowPdf(int rectangles) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < rectangles; i++) {
                    content.addRect(i % 500, (i / 500) % 800, 1.5f, 1.5f);
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The first half of a real PDF, as an interrupted upload leaves it. */
    public static byte[] truncatedPdf() throws IOException {
        byte[] whole = pdf(3, 595, 842);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A hand-written PDF whose page tree claims {@code count} pages. */
    public static byte[] pdfClaimingPages(int count) {
        return handWrittenPdf(count, "0 0 595 842");
    }

    /** A hand-written one-page PDF with the given MediaBox. */
    public static byte[] pdfWithMediaBox(String mediaBox) {
        return handWrittenPdf(1, mediaBox);
    }

    private static byte[] handWrittenPdf(int count, String mediaBox) {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox + "] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A PNG of a few hundred bytes whose header declares {@code width} × {@code height} RGB pixels but whose data holds
     * only {@code rows} rows of them: a decompression bomb when the size is huge, a lying header when it is not.
     */
    public static byte[] pngDeclaring(int width, int height, int rows) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] { 8, 2, 0, 0, 0 });
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            byte[] row = new byte[1 + Math.min(width, 4096) * 3];
            for (int i = 0; i < rows; i++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    public static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("No writer for " + format);
        }
        return out.toByteArray();
    }

    /** Whether the JPEG declares an embedded ICC profile (an APP2 ICC_PROFILE segment). */
    public static boolean hasIccProfile(byte[] jpeg) {
        return new String(jpeg, StandardCharsets.ISO_8859_1).contains("ICC_PROFILE");
    }
}

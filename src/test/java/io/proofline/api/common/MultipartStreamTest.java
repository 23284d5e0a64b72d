package io.proofline.api.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    static final String BOUNDARY = "----proofline7MA4YWxkTrZu0gW";

    record Read(String name, String filename, String contentType, byte[] body) {
    }

    /** A stream that hands out at most a few bytes per read, as a slow network does. */
    static InputStream trickle(byte[] bytes, long seed, int maxChunk) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, 1 + random.nextInt(maxChunk)));
            }
        };
    }

    static List<Read> readAll(InputStream in, String boundary) throws IOException {
        MultipartStream stream = new MultipartStream(in, boundary);
        List<Read> parts = new ArrayList<>();
        Optional<MultipartStream.Part> next;
        while ((next = stream.next()).isPresent()) {
            MultipartStream.Part part = next.get();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            part.body().transferTo(body);
            parts.add(new Read(part.name(), part.filename(), part.contentType(), body.toByteArray()));
        }
        return parts;
    }

    static byte[] form(byte[] file, String preamble, String epilogue) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(preamble.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"ProjectUID\"\r\n\r\nabc-123\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY
                + "  \r\nContent-Disposition: form-data; name=\"File\"; filename=\"box \\\"v2\\\".pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n" + epilogue).getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A file full of near-misses: line breaks, dashes and every proper prefix of the delimiter. */
    static byte[] nastyFile(long seed, int size) {
        Random random = new Random(seed);
        byte[] delimiter = ("\r\n--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            switch (random.nextInt(4)) {
                case 0 -> out.write(delimiter, 0, random.nextInt(delimiter.length)); // a prefix, never the whole
                case 1 -> out.writeBytes("\r\n-".getBytes(StandardCharsets.ISO_8859_1));
                default -> {
                    byte[] noise = new byte[random.nextInt(300)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                }
            }
        }
        // a prefix followed by the right noise can complete the delimiter: break those, a file never holds it
        byte[] file = out.toByteArray();
        String text = new String(file, StandardCharsets.ISO_8859_1);
        String whole = new String(delimiter, StandardCharsets.ISO_8859_1);
        for (int at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
            file[at + delimiter.length - 1] ^= 1;
        }
        return file;
    }

    @Test
    void reads_fields_and_files_whatever_the_chunking() throws IOException {
        for (int round = 0; round < 40; round++) {
            byte[] file = nastyFile(round, round % 5 == 0 ? 700_000 : 5_000);
            byte[] body = form(file, round % 2 == 0 ? "" : "a preamble\r\n", round % 3 == 0 ? "" : "epilogue");
            List<Read> parts = readAll(trickle(body, round, round % 4 == 0 ? 7 : 70_000), BOUNDARY);
            assertThat(parts).hasSize(2);
            assertThat(parts.get(0).name()).isEqualTo("ProjectUID");
            assertThat(parts.get(0).filename()).isNull();
            assertThat(new String(parts.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("abc-123");
            assertThat(parts.get(1).name()).isEqualTo("File");
            assertThat(parts.get(1).filename()).isEqualTo("box \"v2\".pdf");
            assertThat(parts.get(1).contentType()).isEqualTo("application/pdf");
            assertThat(parts.get(1).body()).as("round %d", round).isEqualTo(file);
        }
    }

    @Test
    void byte_by_byte_reads_and_skipped_bodies_work_too() throws IOException {
        byte[] file = nastyFile(99, 20_000);
        MultipartStream stream = new MultipartStream(trickle(form(file, "", ""), 5, 3), BOUNDARY);
        assertThat(stream.next().orElseThrow().name()).isEqualTo("ProjectUID"); // body left unread
        InputStream body = stream.next().orElseThrow().body();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        int b;
        while ((b = body.read()) >= 0) {
            copy.write(b);
        }
        assertThat(copy.toByteArray()).isEqualTo(file);
        assertThat(stream.next()).isEmpty();
        assertThat(stream.next()).isEmpty();
    }

    @Test
    void empty_parts_and_extended_file_names() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"File\"; filename*=UTF-8''na%C3%AFve%20%2B.pdf\r\n\r\n"
                + "\r\n--b\r\ncontent-disposition: form-data; name=empty\r\n\r\n\r\n--b--";
        List<Read> parts = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "b");
        assertThat(parts).extracting(Read::name).containsExactly("File", "empty");
        assertThat(parts.get(0).filename()).isEqualTo("naïve +.pdf");
        assertThat(parts.get(0).body()).isEmpty();
        assertThat(parts.get(1).body()).isEmpty();
    }

    @Test
    void broken_bodies_are_malformed() {
        byte[] truncated = form(new byte[1000], "", "");
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 10);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut), BOUNDARY))
                .isInstanceOf(MultipartStream.MalformedException.class);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream("no boundary here".getBytes()), BOUNDARY))
                .isInstanceOf(MultipartStream.MalformedException.class).hasMessageContaining("no multipart boundary");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream("--b\r\nX: y\r\n\r\nbody\r\n--b--".getBytes()), "b"))
                .isInstanceOf(MultipartStream.MalformedException.class).hasMessageContaining("no Content-Disposition");
        String longHeader = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\nX: " + "x".repeat(20_000)
                + "\r\n\r\n";
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(longHeader.getBytes()), "b"))
                .isInstanceOf(MultipartStream.MalformedException.class).hasMessageContaining("headers are longer");
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream("--bX".getBytes()), "b"))
                .isInstanceOf(MultipartStream.MalformedException.class);
    }

    @Test
    void the_boundary_comes_from_the_content_type() {
        assertThat(MultipartStream.boundary("multipart/form-data; boundary=abc")).contains("abc");
        assertThat(MultipartStream.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\""))
                .contains("a b:c");
        assertThat(MultipartStream.boundary("multipart/form-data")).isEmpty();
        assertThat(MultipartStream.boundary("application/json; boundary=abc")).isEmpty();
        assertThat(MultipartStream.boundary("multipart/form-data; boundary=" + "x".repeat(71))).isEmpty();
        assertThat(MultipartStream.boundary(null)).isEmpty();
    }
}

package io.proofline.api.common;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.proofline.system.TooLargeException;
import io.proofline.system.ValidationException;

/**
 * A {@code multipart/form-data} upload read from the request stream: small text fields in memory, file fields spooled
 * to files in the uploads directory (on the blob store's disk, so the local store can rename them into place). The
 * limit on a file is checked while it arrives, so an oversize upload is refused without being stored whole.
 */
public final class SpooledForm implements AutoCloseable {

    /** A file field as it was spooled. */
    public record SpooledFile(Path path, String filename, String contentType, long size) {
    }

    static final int MAX_FIELD_BYTES = 8 * 1024;
    static final int MAX_PARTS = 100;

    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, SpooledFile> files = new HashMap<>();
    private final List<Path> spooled = new ArrayList<>();

    private SpooledForm() {
    }

    /**
     * Reads the whole form. File parts of names in {@code fileFields} are spooled (the first of each name counts),
     * other file parts are skipped. Over {@code maxFileSize} is a 413; a body that is not multipart a 400.
     */
    public static SpooledForm read(InputStream body, String contentType, Path directory, Set<String> fileFields,
            long maxFileSize) throws IOException {
        String boundary = MultipartStream.boundary(contentType).orElseThrow(
                () -> new MultipartStream.MalformedException("The Content-Type has no multipart boundary."));
        MultipartStream stream = new MultipartStream(body, boundary);
        SpooledForm form = new SpooledForm();
        try {
            int parts = 0;
            Optional<MultipartStream.Part> next;
            while ((next = stream.next()).isPresent()) {
                if (++parts > MAX_PARTS) {
                    throw new MultipartStream.MalformedException("The form has more than " + MAX_PARTS + " parts.");
                }
                MultipartStream.Part part = next.get();
                if (part.filename() == null) {
                    form.fields.putIfAbsent(part.name(), text(part));
                } else if (fileFields.contains(part.name()) && !form.files.containsKey(part.name())) {
                    form.files.put(part.name(), form.spool(part, directory, maxFileSize));
                }
            }
            return form;
        } catch (IOException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    public String field(String name) {
        return fields.get(name);
    }

    public Optional<SpooledFile> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Deletes the spooled files that nobody moved away. */
    @Override
    public void close() {
        for (Path path : spooled) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover in the uploads directory is harmless; the next start does not depend on it
            }
        }
    }

    private static String text(MultipartStream.Part part) throws IOException {
        byte[] bytes = part.body().readNBytes(MAX_FIELD_BYTES + 1);
        if (bytes.length > MAX_FIELD_BYTES) {
            throw ValidationException.of(part.name(), "'" + part.name() + "' is longer than the form allows.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private SpooledFile spool(MultipartStream.Part part, Path directory, long maxFileSize) throws IOException {
        Files.createDirectories(directory);
        Path path = Files.createTempFile(directory, "upload-", ".part");
        spooled.add(path);
        long size;
        try (OutputStream out = new LimitedOutputStream(Files.newOutputStream(path), maxFileSize)) {
            size = part.body().transferTo(out);
        }
        return new SpooledFile(path, part.filename(), part.contentType(), size);
    }

    /** Refuses the byte that takes a file over the limit, before it is written. */
    private static final class LimitedOutputStream extends FilterOutputStream {
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            count(length);
            out.write(bytes, offset, length);
        }

        private void count(int length) {
            written += length;
            if (written > limit) {
                throw new TooLargeException("The file is larger than the limit of " + limit + " bytes.");
            }
        }
    }
}

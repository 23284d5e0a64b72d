package io.proofline.api.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.proofline.storage.BlobStore;

/**
 * Sends a stored file, whole or one byte range (206 with Content-Range; a range past the end is a 416), streamed from
 * the blob store, with its type and an attachment Content-Disposition carrying the name. Every face that hands out
 * files uses this one.
 */
public final class BlobDownload {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private BlobDownload() {
    }

    /** What to send: the blob, its size and how to present it. {@code etag} may be null. */
    public record Blob(String key, long size, String contentType, String name, String etag) {
    }

    public static Response send(BlobStore blobs, Blob blob, String range, Supplier<Response> notSatisfiable)
            throws IOException {
        long size = blob.size();
        String contentType = blob.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : blob.contentType();
        long from = 0;
        long to = size - 1;
        boolean partial = false;
        Matcher matcher = range == null ? null : SINGLE_RANGE.matcher(range.trim());
        if (matcher != null && matcher.matches() && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            try {
                if (matcher.group(1).isEmpty()) {
                    long suffix = Long.parseLong(matcher.group(2));
                    from = Math.max(0, size - suffix);
                    if (suffix == 0) {
                        from = size;
                    }
                } else {
                    from = Long.parseLong(matcher.group(1));
                    if (!matcher.group(2).isEmpty()) {
                        to = Math.min(to, Long.parseLong(matcher.group(2)));
                    }
                }
            } catch (NumberFormatException e) {
                from = size;
            }
            if (from >= size || from > to) {
                return Response.fromResponse(notSatisfiable.get()).header("Content-Range", "bytes */" + size).build();
            }
            partial = true;
        }
        long length = to - from + 1;
        InputStream body = partial ? blobs.open(blob.key(), from, length) : blobs.open(blob.key());
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body).type(contentType)
                .header(HttpHeaders.CONTENT_LENGTH, length).header("Accept-Ranges", "bytes")
                .header("Content-Disposition", contentDisposition(blob.name()));
        if (blob.etag() != null) {
            response.header(HttpHeaders.ETAG, "\"" + blob.etag() + "\"");
        }
        if (partial) {
            response.header("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        return response.build();
    }

    /** RFC 6266 with an ASCII fallback and the exact name as RFC 5987 {@code filename*}. */
    public static String contentDisposition(String name) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : name.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}

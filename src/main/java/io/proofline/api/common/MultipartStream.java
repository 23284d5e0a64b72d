package io.proofline.api.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body part by part from a stream, never holding a part in memory.
 * <p>
 * RESTEasy Reactive's own multipart parser looks at every byte through a state machine and reaches about 100 MB/s on
 * our machines, a fifth of the disk's speed; large uploads spent most of their time there. This reader finds the
 * delimiter with Horspool's skip table, which on file data jumps nearly a delimiter's length per comparison, and hands
 * body bytes to the caller straight from its buffer.
 */
public final class MultipartStream {

    /** A body that is not well-formed multipart: a client error. */
    public static final class MalformedException extends IOException {
        public MalformedException(String message) {
            super(message);
        }
    }

    /** One part's headers; its body is read through {@link #body()} before the next part is asked for. */
    public record Part(String name, String filename, String contentType, InputStream body) {
    }

    static final int BUFFER_SIZE = 256 * 1024;
    static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final int[] shift = new int[256];
    private final byte[] buffer;
    private int head;
    private int tail;
    private boolean eof;
    /**
     * Where the next delimiter starts in the buffer, -1 when not found yet; the search resumes at {@link #searchFrom}.
     */
    private int found = -1;
    private int searchFrom;
    private boolean finished;
    private Body current;

    public MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[Math.max(BUFFER_SIZE, delimiter.length * 4)];
        java.util.Arrays.fill(shift, delimiter.length);
        for (int i = 0; i < delimiter.length - 1; i++) {
            shift[delimiter[i] & 0xff] = delimiter.length - 1 - i;
        }
        // the first delimiter has no line break before it: pretend it has, so one search finds them all
        buffer[0] = '\r';
        buffer[1] = '\n';
        tail = 2;
    }

    /** The boundary of a {@code multipart/form-data} content type (RFC 2046: 1 to 70 characters). */
    public static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        String boundary = parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            return Optional.empty();
        }
        return Optional.of(boundary);
    }

    /** The next part, or empty after the closing delimiter. The previous part's unread body is skipped. */
    public Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (current != null) {
            current.transferTo(OutputStream.nullOutputStream());
        } else {
            skipToDelimiter(); // the preamble
        }
        head += delimiter.length;
        found = -1;
        searchFrom = head;
        require(2);
        if (buffer[head] == '-' && buffer[head + 1] == '-') {
            finished = true;
            current = null;
            return Optional.empty();
        }
        while (true) { // transport padding before the line break
            require(1);
            if (buffer[head] != ' ' && buffer[head] != '\t') {
                break;
            }
            head++;
        }
        require(2);
        if (buffer[head] != '\r' || buffer[head + 1] != '\n') {
            throw new MalformedException("A boundary is not followed by a line break.");
        }
        head += 2;
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        String name = disposition.get("name");
        if (name == null) {
            throw new MalformedException("A part has no Content-Disposition name.");
        }
        String filename = disposition.containsKey("filename*") ? extendedValue(disposition.get("filename*"))
                : disposition.get("filename");
        searchFrom = head;
        current = new Body();
        return Optional.of(new Part(name, filename, headers.get("content-type"), current));
    }

    private void skipToDelimiter() throws IOException {
        while (locateDelimiter() < 0) {
            if (eof) {
                throw new MalformedException("The body has no multipart boundary.");
            }
            head = Math.max(head, tail - delimiter.length + 1);
            fill();
        }
        head = found;
    }

    /** Reads the header block up to its blank line; names are lower case. */
    private Map<String, String> readHeaders() throws IOException {
        int end;
        while ((end = indexOfBlankLine()) < 0) {
            if (tail - head >= MAX_HEADER_BYTES) {
                throw new MalformedException("A part's headers are longer than " + MAX_HEADER_BYTES + " bytes.");
            }
            if (eof) {
                throw new MalformedException("The body ends inside a part's headers.");
            }
            fill();
        }
        if (end - head > MAX_HEADER_BYTES) {
            throw new MalformedException("A part's headers are longer than " + MAX_HEADER_BYTES + " bytes.");
        }
        String block = new String(buffer, head, end - head, StandardCharsets.UTF_8);
        head = end + 2;
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedException("A part header is not 'Name: value'.");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    /** The position of the CRLF that ends the header block (the first of "\r\n\r\n", or "\r\n" right at the start). */
    private int indexOfBlankLine() {
        if (tail - head >= 2 && buffer[head] == '\r' && buffer[head + 1] == '\n') {
            return head;
        }
        for (int i = head; i + 3 < tail; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i + 2;
            }
        }
        return -1;
    }

    /** Horspool search for the delimiter in the buffered bytes; remembers the answer until the buffer moves. */
    private int locateDelimiter() {
        if (found >= 0) {
            return found;
        }
        int d = delimiter.length;
        int i = Math.max(searchFrom, head);
        byte last = delimiter[d - 1];
        while (i + d <= tail) {
            byte b = buffer[i + d - 1];
            if (b == last) {
                int j = d - 2;
                while (j >= 0 && buffer[i + j] == delimiter[j]) {
                    j--;
                }
                if (j < 0) {
                    found = i;
                    return i;
                }
            }
            i += shift[b & 0xff];
        }
        searchFrom = i;
        return -1;
    }

    /** Makes at least n bytes available at head, or fails: the body ended too early. */
    private void require(int n) throws IOException {
        while (tail - head < n) {
            if (eof) {
                throw new MalformedException("The body ends before its closing boundary.");
            }
            fill();
        }
    }

    /** Moves the unread bytes to the front and reads more. */
    private void fill() throws IOException {
        if (head > 0) {
            int length = tail - head;
            System.arraycopy(buffer, head, buffer, 0, length);
            searchFrom = Math.max(0, searchFrom - head);
            if (found >= 0) {
                found -= head;
            }
            head = 0;
            tail = length;
        }
        if (tail == buffer.length) {
            throw new IllegalStateException("fill() on a full buffer");
        }
        int read = in.read(buffer, tail, buffer.length - tail);
        if (read < 0) {
            eof = true;
        } else {
            tail += read;
        }
    }

    /** The current part's body: the bytes up to the next delimiter. */
    private final class Body extends InputStream {

        /** How many bytes at head are body bytes, reading more as needed; 0 at the part's end. */
        private int bodyBytes() throws IOException {
            while (true) {
                if (this != current) {
                    return 0;
                }
                int at = locateDelimiter();
                if (at >= 0) {
                    return at - head;
                }
                // a delimiter may begin in the last d-1 bytes: everything before them is body
                int safe = tail - head - (delimiter.length - 1);
                if (safe > 0) {
                    return safe;
                }
                if (eof) {
                    throw new MalformedException("The body ends before its closing boundary.");
                }
                fill();
            }
        }

        @Override
        public int read() throws IOException {
            if (bodyBytes() == 0) {
                return -1;
            }
            return buffer[head++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int available = bodyBytes();
            if (available == 0) {
                return -1;
            }
            int count = Math.min(available, length);
            System.arraycopy(buffer, head, into, offset, count);
            head += count;
            return count;
        }

        /** Writes straight from the reader's buffer, without a copy into the caller's. */
        @Override
        public long transferTo(OutputStream out) throws IOException {
            long total = 0;
            int available;
            while ((available = bodyBytes()) > 0) {
                out.write(buffer, head, available);
                head += available;
                total += available;
            }
            return total;
        }
    }

    /** Parameters of a header value such as {@code form-data; name="File"; filename="a \"b\".pdf"}; keys lower case. */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            int j = equals + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            StringBuilder parsed = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    char c = value.charAt(j);
                    // browsers send a file name's backslashes as they are; only \" and \\ are escapes
                    if (c == '\\' && j + 1 < value.length()
                            && (value.charAt(j + 1) == '"' || value.charAt(j + 1) == '\\')) {
                        j++;
                        c = value.charAt(j);
                    }
                    parsed.append(c);
                    j++;
                }
                j = value.indexOf(';', j);
            } else {
                int end = value.indexOf(';', j);
                parsed.append(value, j, end < 0 ? value.length() : end);
                j = end;
            }
            parameters.putIfAbsent(key, key.endsWith("*") ? parsed.toString() : parsed.toString().trim());
            i = j;
        }
        return parameters;
    }

    /** An RFC 5987 value such as {@code UTF-8''na%C3%AFve.pdf}. */
    static String extendedValue(String value) {
        int quote = value.indexOf('\'');
        int second = quote < 0 ? -1 : value.indexOf('\'', quote + 1);
        if (second < 0) {
            return value;
        }
        String charset = value.substring(0, quote);
        try {
            return URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"),
                    charset.isEmpty() ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}

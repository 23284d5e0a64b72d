package io.proofline.storage;

import java.util.regex.Pattern;

/**
 * The keys every blob store accepts: relative, slash-separated segments of letters, digits, dots, dashes and
 * underscores, never "." or "..", so no key can leave a directory or be normalised into another one on the way to S3.
 */
final class BlobKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

    private BlobKeys() {
    }

    /** The key itself, or {@link IllegalArgumentException} when it is not a valid key. */
    static String check(String key) {
        if (key == null || key.isEmpty() || key.length() > 500) {
            throw new IllegalArgumentException("Invalid blob key");
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Invalid blob key: " + key);
            }
        }
        return key;
    }
}

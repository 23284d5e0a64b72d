package io.proofline.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every blob key Proofline writes, and the rule every blob store holds keys to: relative, slash-separated segments of
 * letters, digits, dots, dashes and underscores, never "." or "..", so no key can leave a directory or be normalised
 * into another one on the way to S3. The layout is on disk and in buckets already: a key built here must never change,
 * or stored blobs are no longer found.
 */
public final class BlobKeys {

    /** Prepended to keys in the archive bucket when no archive key prefix is configured (after the store's prefix). */
    static final String ARCHIVE_PREFIX = "archive/";

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

    private BlobKeys() {
    }

    /** The original of a file asset, however it arrived (upload, placeholder parts, URL or S3 import). */
    public static String original(UUID assetId) {
        return asset(assetId) + "original";
    }

    /** The thumbnail of a file asset. */
    public static String thumbnail(UUID assetId) {
        return asset(assetId) + "thumbnail.jpg";
    }

    /** The small thumbnail of a file asset (the review page's grid). */
    public static String smallThumbnail(UUID assetId) {
        return asset(assetId) + "thumbnail-small.jpg";
    }

    /** The preview of page {@code page} (1-based) of a file asset. */
    public static String page(UUID assetId, int page) {
        return asset(assetId) + "pages/" + page + ".jpg";
    }

    /** The keys of an asset's renditions when it has {@code pages} page previews (none when null). */
    public static List<String> renditions(UUID assetId, Integer pages) {
        List<String> keys = new ArrayList<>();
        keys.add(thumbnail(assetId));
        keys.add(smallThumbnail(assetId));
        for (int page = 1; pages != null && page <= pages; page++) {
            keys.add(page(assetId, page));
        }
        return keys;
    }

    /**
     * One received copy of part {@code partNumber} of a placeholder upload. Each copy has its own key (the
     * {@code receiptId}), so a part sent again never overwrites the copy an assembly may be reading.
     */
    public static String uploadPart(UUID assetId, int partNumber, UUID receiptId) {
        return "uploads/" + assetId + "/part-" + partNumber + "-" + receiptId;
    }

    /** The file of a project's reference document. */
    public static String referenceDocument(UUID documentId) {
        return "refdocs/" + documentId + "/original";
    }

    private static String asset(UUID assetId) {
        return "assets/" + assetId + "/";
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

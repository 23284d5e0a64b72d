package io.proofline.api.tree;

import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;

import io.proofline.system.Validator;

/**
 * The /v2 paging parameters ({@code page}, 1-based, and {@code page_size}) and the headers every list answers with:
 * {@code page-number}, {@code per-page}, {@code total} and {@code total-pages}, as integers (Frame.io's client reads
 * them with {@code int()}).
 */
public record Paging(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    /** Far beyond any real list, and small enough that an offset never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    /** Parses the raw parameters; absent ones take their defaults, anything else invalid is a 422. */
    public static Paging of(String page, String pageSize) {
        Validator validator = new Validator();
        int pageNumber = parse(validator, "page", page, 1, MAX_PAGE, 1);
        int size = parse(validator, "page_size", pageSize, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        validator.throwIfInvalid();
        return new Paging(pageNumber, size);
    }

    /** The answer for a list that is small enough to read whole (accounts, teams): this page of it. */
    public <T> RestResponse<List<T>> respondWith(List<T> all) {
        return respond(slice(all), all.size());
    }

    /** This page of a list that is small enough to read whole. */
    public <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    /** A 200 with the page's items and the paging headers. */
    public <T> RestResponse<List<T>> respond(List<T> items, long total) {
        long totalPages = Math.max(1, (total + pageSize - 1) / pageSize);
        return RestResponse.ResponseBuilder.ok(items).header("page-number", page).header("per-page", pageSize)
                .header("total", total).header("total-pages", totalPages).build();
    }

    private static int parse(Validator validator, String name, String text, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as a value out of range
        }
        validator.add(name, "'" + name + "' must be a whole number from " + min + " to " + max + ".");
        return fallback;
    }
}

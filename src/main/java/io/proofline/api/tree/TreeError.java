package io.proofline.api.tree;

import java.util.List;

/** The /v2 error body, in Frame.io's shape: {@code {code, errors: [{code, detail, status, title}], message}}. */
public record TreeError(int code, List<Detail> errors, String message) {

    public record Detail(int code, String detail, int status, String title) {
    }

    public static TreeError of(int status, String title, String detail) {
        return new TreeError(status, List.of(new Detail(status, detail, status, title)), title);
    }
}

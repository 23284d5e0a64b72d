package io.proofline.api.common;

/** The API face a request belongs to, which decides the shape of its error bodies. */
public enum Face {
    /** /api/v1: the workflow seed (Approval Studio). */
    WORKFLOW,
    /** /v2: the directory-tree and review-link seeds (Frame.io). */
    TREE,
    /** /api/v2: the asset-ingest seed. */
    INGEST,
    /** Pages and everything else. */
    OTHER;

    public static Face of(String path) {
        if (path == null) {
            return OTHER;
        }
        if (path.startsWith("/api/v1/") || path.equals("/api/v1")) {
            return WORKFLOW;
        }
        if (path.startsWith("/api/v2/")) {
            return INGEST;
        }
        if (path.startsWith("/v2/") || path.equals("/v2")) {
            return TREE;
        }
        return OTHER;
    }
}

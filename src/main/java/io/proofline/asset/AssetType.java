package io.proofline.asset;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of node in a project's tree, spelled as the tree seed's {@code type} filter. */
public enum AssetType {
    folder, file, version_stack;

    public static Optional<AssetType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(type -> type.name().equals(text.trim())).findFirst();
    }
}

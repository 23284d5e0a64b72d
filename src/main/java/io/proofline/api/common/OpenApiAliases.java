package io.proofline.api.common;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Writes the paths of a resource that answers under two spellings (a JAX-RS path like {@code /api/v1/{noun: assets?}})
 * as the one spelling the seed documents: the generator turns the pattern into a {@code {noun}} nobody can fill in.
 * Registered with {@code mp.openapi.filter}.
 */
public class OpenApiAliases implements OASFilter {

    /** Generated prefix → documented prefix; {@code /api/v1/assets} answers the same operations. */
    static final Map<String, String> DOCUMENTED = Map.of("/api/v1/{noun}", "/api/v1/asset");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> renamed = new LinkedHashMap<>();
        paths.getPathItems().forEach((path, item) -> renamed.put(documented(path), item));
        paths.setPathItems(renamed);
    }

    static String documented(String path) {
        for (Map.Entry<String, String> alias : DOCUMENTED.entrySet()) {
            String prefix = alias.getKey();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return alias.getValue() + path.substring(prefix.length());
            }
        }
        return path;
    }
}

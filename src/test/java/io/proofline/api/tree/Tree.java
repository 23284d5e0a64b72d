package io.proofline.api.tree;

import java.util.Map;

import io.proofline.support.Tenant;

/** Short-hands for the tree tests: a project's root folder and folders under it, made through /v2 itself. */
final class Tree {

    private Tree() {
    }

    /** Creates a project through the workflow face and returns its root asset id. */
    static String rootOfNewProject(Tenant tenant) {
        String projectId = tenant.createProject("Tree " + System.nanoTime());
        return root(tenant, projectId);
    }

    static String root(Tenant tenant, String projectId) {
        return tenant.request().get("/v2/projects/" + projectId).then().statusCode(200).extract().path("root_asset_id");
    }

    static String folder(Tenant tenant, String parentId, String name) {
        return tenant.request().body(Map.of("name", name, "type", "folder"))
                .post("/v2/assets/" + parentId + "/children").then().statusCode(201).extract().path("id");
    }

    static String firstTeam(Tenant tenant) {
        return tenant.request().get("/v2/teams").then().statusCode(200).extract().path("[0].id");
    }
}

package io.proofline.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A fresh tenant for one test: a company created by the server administrator, with a user who owns it, logged in. Tests
 * never share tenants, so they never depend on each other.
 */
public final class Tenant {

    public static final String ADMIN_EMAIL = "admin@proofline.test";
    public static final String ADMIN_PASSWORD = "admin-password-1";

    public final String companyId;
    public final String userId;
    public final String email;
    public final String password;
    public final String token;

    private Tenant(String companyId, String userId, String email, String password, String token) {
        this.companyId = companyId;
        this.userId = userId;
        this.email = email;
        this.password = password;
        this.token = token;
    }

    /** Creates a company with a member user and logs that user in. */
    public static Tenant create() {
        return member(createCompany("Company " + UUID.randomUUID()));
    }

    /** A company made by the server administrator (who becomes its owner); returns its id. */
    public static String createCompany(String name) {
        return admin().body(Map.of("name", name)).post("/api/v1/company").then().statusCode(200).extract()
                .path("result.companyUID");
    }

    /** Another user in this tenant's company (created by the administrator who owns it). */
    public Tenant anotherMember() {
        return member(companyId);
    }

    /** Adds a plain member to this tenant's company without logging in; returns the user's id. */
    public String anotherMemberId() {
        return admin()
                .body(Map.of("email", "user-" + UUID.randomUUID() + "@example.com", "name", "Colleague", "password",
                        "secret-" + UUID.randomUUID(), "companyUID", companyId))
                .post("/api/v1/user").then().statusCode(200).extract().path("result.userUID");
    }

    /** A new plain member of the given company, logged in. */
    public static Tenant member(String companyId) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        String password = "secret-" + UUID.randomUUID();
        String userId = admin()
                .body(Map.of("email", email, "name", "Test User", "password", password, "companyUID", companyId))
                .post("/api/v1/user").then().statusCode(200).extract().path("result.userUID");
        return new Tenant(companyId, userId, email, password, login(email, password));
    }

    /** A request authenticated as the server administrator. */
    public static RequestSpecification admin() {
        return given().auth().oauth2(login(ADMIN_EMAIL, ADMIN_PASSWORD)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("username", email, "password", password))
                .post("/api/v1/token/login").then().statusCode(200).extract().path("result.token");
    }

    /** A request authenticated as this tenant's user, sending and expecting JSON. */
    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Creates an Active project owned by this tenant's user; returns its id. */
    public String createProject(String name) {
        return request().body(Map.of("projectName", name, "projectOwnersUIDS", List.of(userId))).post("/api/v1/project")
                .then().statusCode(200).extract().path("result.projectUID");
    }

    /** Moves one of this tenant's projects to a state through the API (one step of the machine). */
    public void changeState(String projectId, String state) {
        request().body(Map.of("projectUID", projectId, "state", state)).put("/api/v1/project/state").then()
                .statusCode(200);
    }

    /** Creates an API key of this tenant's user; returns the key (shown once). */
    public String createApiKey(String name) {
        return request().body(Map.of("name", name)).post("/api/v1/apikey").then().statusCode(200).extract()
                .path("result.key");
    }
}

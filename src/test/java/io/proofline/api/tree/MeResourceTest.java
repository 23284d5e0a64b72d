package io.proofline.api.tree;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.proofline.support.Tenant;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MeResourceTest {

    @Test
    void me_describes_the_caller_and_the_first_account() {
        Tenant tenant = Tenant.create();
        tenant.request().get("/v2/me").then().statusCode(200).body("id", equalTo(tenant.userId))
                .body("_type", equalTo("user")).body("email", equalTo(tenant.email)).body("name", equalTo("Test User"))
                .body("account_id", equalTo(tenant.companyId)).body("created_at", notNullValue());
    }

    @Test
    void me_takes_an_empty_json_body_as_the_frameio_client_sends_it() {
        Tenant tenant = Tenant.create();
        tenant.request().body("{}").get("/v2/me").then().statusCode(200).body("id", equalTo(tenant.userId));
    }

    @Test
    void me_without_a_valid_token_is_401_in_the_tree_error_shape() {
        given().get("/v2/me").then().statusCode(401).body("code", equalTo(401)).body("errors[0].title",
                equalTo("Unauthorized"));
        given().auth().oauth2("garbage").get("/v2/me").then().statusCode(401);
    }
}

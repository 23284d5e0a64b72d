package io.proofline.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.proofline.support.Chromium;
import io.proofline.support.GreenMailResource;
import io.proofline.support.MailText;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An external review task from end to end in real headless Chromium: the task is created through the API with a
 * password, its mail arrives on a real SMTP server (GreenMail), the reviewer follows the mail's link, gets the password
 * wrong and then right, draws a rectangle with a comment, replies, and approves; the API then shows the annotation and
 * the approved count, the task is completed, and the link shows the finished page. Screenshots go to
 * target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class TaskReviewBrowserTest {

    private static final Pattern TASK_LINK = Pattern.compile("https?://[^\\s\"<>]+(/t/[A-Za-z0-9_-]+)");
    private static WebDriver driver;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static WebDriverWait waiting() {
        return Chromium.waiting(driver);
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, "task-page-" + name);
    }

    private static WebElement button(String name) {
        return Chromium.button(driver, name);
    }

    /** The path of the review link in the mail sent to this address (the server's public URL is not the test's). */
    private static String mailedPath(String address) throws Exception {
        MimeMessage mail = await()
                .atMost(Duration.ofSeconds(60)).until(
                        () -> Arrays.stream(GreenMailResource.server().getReceivedMessages())
                                .filter(message -> sentTo(message, address)).findFirst().orElse(null),
                        found -> found != null);
        Matcher link = TASK_LINK.matcher(MailText.parts(mail).text());
        assertThat(link.find()).as("a /t/ link in the mail").isTrue();
        return URI.create(link.group(0)).getPath();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void a_mailed_task_is_opened_marked_up_approved_and_then_finished() throws Exception {
        ReviewFixtures files = ReviewFixtures.project().image("Carton front.png", 1200, 800);
        String file = files.assetIds.get(0);
        String address = "printer-" + UUID.randomUUID() + "@example.com";
        String taskId = files.tenant.request()
                .body(Map.of("projectUID", files.projectId, "email", address, "password", "mailed-pass", "comment",
                        "Please check the barcode", "assetUIDs", files.assetIds))
                .post("/api/v1/task/review_asset_ext").then().statusCode(200).extract().path("result.taskUID");
        String path = mailedPath(address);
        String page = base.toString().replaceAll("/$", "") + path;

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(page);
        driver.findElement(By.id("password")).sendKeys("wrong guess", Keys.ENTER);
        WebElement alert = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("The password is wrong");
        driver.findElement(By.id("password")).sendKeys("mailed-pass", Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Carton front.png")))
                .sendKeys(Keys.ENTER);

        // the task knows its reviewer: no name and email form, straight to the tools
        WebElement rectangle = waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Rectangle']")));
        assertThat(driver.findElements(By.id("reviewer-email"))).isEmpty();
        waiting().until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('preview').naturalWidth > 0"));
        rectangle.click();
        new Actions(driver).moveToElement(driver.findElement(By.id("marks")), -100, -60).clickAndHold()
                .moveByOffset(80, 40).moveByOffset(80, 40).release().perform();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")))
                .sendKeys("Barcode is too close to the fold");
        button("Save comment").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"),
                "Barcode is too close to the fold"));
        button("Reply").click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[.='Your reply']/../textarea")))
                .sendKeys("Move it 5 mm left");
        button("Send reply").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Move it 5 mm left"));
        screenshot("viewer");

        driver.findElement(By.id("decision-comment")).sendKeys("Fine once the barcode moves");
        button("Approve").click();
        WebElement heading = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo(TaskGate.FINISHED_HEADING);
        assertThat(driver.getPageSource()).doesNotContain("Carton front.png");
        screenshot("finished");

        files.tenant.request().get("/api/v1/annotation?AssetUID=" + file).then().statusCode(200)
                .body("result", hasSize(1)).body(containsString("Barcode is too close to the fold"))
                .body(containsString("Move it 5 mm left"));
        files.tenant.request().queryParam("AssetUID", file).get("/api/v1/asset").then().statusCode(200)
                .body("result.reviewStatus.approvedCount", equalTo(1));
        files.tenant.request().queryParam("ProjectUID", files.projectId).get("/api/v1/task").then().statusCode(200)
                .body("result[0].taskUID", equalTo(taskId)).body("result[0].status", equalTo("Completed"));

        // the mailed link now only says the review is finished
        driver.get(page);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(TaskGate.FINISHED_HEADING);
        given().get(path).then().statusCode(410);
    }

    @Test
    void a_read_only_task_shows_the_comments_without_any_way_to_answer_them() throws IOException {
        ReviewFixtures files = ReviewFixtures.project().images("read-only", 1);
        String file = files.assetIds.get(0);
        files.tenant.request()
                .body(Map.of("assetUID", file, "text", "Logo too close to the fold", "shape",
                        Map.of("type", "rect", "x", 0.1, "y", 0.1, "w", 0.3, "h", 0.2)))
                .post("/api/v1/annotation").then().statusCode(200);
        String taskId = files.tenant.request()
                .body(Map.of("projectUID", files.projectId, "email", "watcher@example.com", "assetUIDs",
                        java.util.List.of(file), "isReadOnly", true))
                .post("/api/v1/task/review_asset_ext").then().statusCode(200).extract().path("result.taskUID");
        String token = io.proofline.support.Tasks.task(taskId).token;

        driver.get(URI.create(base.toString()).resolve("/t/" + token + "/assets/" + file).toString());
        waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Logo too close to the fold"));
        screenshot("read-only");
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Reply']"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Rectangle']"))).isEmpty();
        assertThat(driver.findElements(By.xpath("//button[normalize-space()='Approve']"))).isEmpty();
    }
}

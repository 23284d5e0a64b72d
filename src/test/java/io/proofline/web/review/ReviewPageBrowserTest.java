package io.proofline.web.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.net.URL;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

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

import io.proofline.review.ReviewLink;
import io.proofline.support.Chromium;
import io.proofline.system.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The review page in real headless Chromium (Debian's chromium and chromedriver): a reviewer opens a password link,
 * gets the password wrong and then right, gives a name, draws a rectangle with a comment and replies to it; the API
 * sees both. Screenshots go to target/screenshots/ at desktop and at phone width (390 px).
 */
@QuarkusTest
class ReviewPageBrowserTest {

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

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private static WebDriverWait waiting() {
        return Chromium.waiting(driver);
    }

    private static void screenshot(String name) throws IOException {
        Chromium.screenshot(driver, "review-page-" + name);
    }

    private static WebElement button(String name) {
        return Chromium.button(driver, name);
    }

    private static void assertNoSidewaysScroll() {
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scroll at this width").isLessThanOrEqualTo(0);
    }

    @Test
    void a_reviewer_gets_past_the_password_draws_a_rectangle_with_a_comment_and_replies() throws IOException {
        ReviewFixtures link = ReviewFixtures.project().image("Summer poster.png", 1200, 800)
                .image("Back cover.png", 600, 900)
                .link(Map.of("name", "Summer campaign, round 1", "password", "browser-pass"));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url(link.path()));
        driver.findElement(By.id("password")).sendKeys("not the password", Keys.ENTER);
        WebElement alert = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("The password is wrong");
        screenshot("wrong-password");

        driver.findElement(By.id("password")).sendKeys("browser-pass", Keys.ENTER);
        WebElement first = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Summer poster.png")));
        screenshot("grid");
        first.sendKeys(Keys.ENTER);

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewer-name")))
                .sendKeys("Browser Tester");
        driver.findElement(By.id("reviewer-email")).sendKeys("tester@example.com");
        button("Continue").click();

        WebElement rectangle = waiting()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Rectangle']")));
        waiting().until(d -> ((JavascriptExecutor) d)
                .executeScript("return document.getElementById('preview').naturalWidth > 0"));
        rectangle.click();
        assertThat(rectangle.getAttribute("aria-pressed")).isEqualTo("true");
        WebElement marks = driver.findElement(By.id("marks"));
        new Actions(driver).moveToElement(marks, -120, -80).clickAndHold().moveByOffset(90, 40).moveByOffset(90, 40)
                .release().perform();
        WebElement comment = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-text")));
        comment.sendKeys("The logo is too small <b>here</b>");
        button("Save comment").click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"),
                "The logo is too small <b>here</b>"));
        assertThat(driver.findElements(By.cssSelector("#marks .annotation-shapes rect"))).hasSize(1);

        button("Reply").click();
        WebElement reply = waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[.='Your reply']/../textarea")));
        reply.sendKeys("Agreed, make it twice as big");
        button("Send reply").click();
        waiting().until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Agreed, make it twice as big"));
        // the new comment is selected, and so is its mark; the comment's button toggles both
        By selectedMark = By.cssSelector("#marks .annotation-shapes .is-selected");
        assertThat(driver.findElements(selectedMark)).hasSize(1);
        button("Mark 1").click();
        waiting().until(d -> d.findElements(selectedMark).isEmpty());
        assertThat(button("Mark 1").getAttribute("aria-pressed")).isEqualTo("false");
        button("Mark 1").click();
        waiting().until(d -> d.findElements(selectedMark).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#comments .comment.is-selected")).getText())
                .contains("The logo is too small");
        screenshot("viewer");

        String asset = link.assetIds.get(0);
        link.tenant.request().get("/api/v1/annotation?AssetUID=" + asset).then().statusCode(200)
                .body("result", hasSize(1)).body(containsString("The logo is too small <b>here</b>"))
                .body(containsString("Agreed, make it twice as big")).body(containsString("Browser Tester"));

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("comments"), "Agreed"));
        assertNoSidewaysScroll();
        screenshot("viewer-phone");
        driver.get(url(link.path()));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Back cover.png")));
        assertNoSidewaysScroll();
        screenshot("grid-phone");
    }

    @Test
    void an_expired_link_shows_why_it_no_longer_opens() throws IOException {
        ReviewFixtures link = ReviewFixtures.project().link(Map.of("name", "Last year's review"));
        QuarkusTransaction.requiringNew().run(() -> {
            ReviewLink stored = ReviewLink.findById(UUID.fromString(link.linkId));
            stored.expiresAt = Times.now().minus(3, ChronoUnit.DAYS);
        });
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(url(link.path()));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("This review is no longer available");
        assertThat(driver.findElement(By.cssSelector(".message")).getText()).startsWith("This review link expired on")
                .endsWith("Ask its sender for a new one.");
        assertNoSidewaysScroll();
        screenshot("expired");
    }
}

package io.proofline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.proofline.review.MailLanguage;
import io.proofline.review.ReviewTask;
import io.proofline.review.ReviewTaskService;
import io.proofline.support.MailText;
import io.proofline.support.Tasks;
import io.proofline.support.Tenant;
import io.proofline.system.ServerSettings;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TaskMailTest {

    @Inject
    TaskMail taskMail;

    @Inject
    ReviewTaskService tasks;

    @Inject
    ServerSettings settings;

    static TaskMail.Content content(MailLanguage language, String comment, boolean password, String subject) {
        return new TaskMail.Content(language, "Spring <Packaging>", "Sam Sender", "6 May 2030", comment,
                "https://proofline.example/t/abc123", password, 3, "Rita", subject);
    }

    /** The button label of each language: the mail is really in that language. */
    static final Map<MailLanguage, String> BUTTONS = Map.of(MailLanguage.English, "Open the review",
            MailLanguage.German, "Prüfung öffnen", MailLanguage.French, "Ouvrir la relecture", MailLanguage.Polish,
            "Otwórz recenzję", MailLanguage.Spanish, "Abrir la revisión", MailLanguage.Hebrew, "פתיחת הבדיקה",
            MailLanguage.Ukrainian, "Відкрити перегляд");

    @ParameterizedTest
    @EnumSource(MailLanguage.class)
    void every_language_renders_html_and_text(MailLanguage language) {
        OutgoingMail mail = taskMail.render("r@example.com", content(language, "Line one\nLine two", true, null));
        assertThat(mail.html()).contains("lang=\"" + language.code + "\"")
                .contains("dir=\"" + (language == MailLanguage.Hebrew ? "rtl" : "ltr") + "\"")
                .contains(BUTTONS.get(language)).contains("href=\"https://proofline.example/t/abc123\"")
                .contains("Sam Sender").contains("Spring &lt;Packaging&gt;").contains("6 May 2030").contains("Rita")
                .contains("Line one\nLine two");
        assertThat(mail.text()).contains(BUTTONS.get(language)).contains("https://proofline.example/t/abc123")
                .contains("Spring <Packaging>").contains("Line one\nLine two").doesNotContain("<p");
        assertThat(mail.subject()).contains("Spring <Packaging>").doesNotContain("\n");
        // the password hint is there, in the language of the mail, and differs from the mail without one
        OutgoingMail without = taskMail.render("r@example.com", content(language, null, false, null));
        assertThat(mail.text().length()).isGreaterThan(without.text().length());
        assertThat(without.html()).doesNotContain("Line one");
    }

    @Test
    void hebrew_is_laid_out_right_to_left() {
        OutgoingMail mail = taskMail.render("r@example.com", content(MailLanguage.Hebrew, null, false, null));
        assertThat(mail.html()).contains("<html lang=\"he\" dir=\"rtl\">").contains("<div dir=\"rtl\"");
        assertThat(mail.subject()).startsWith("בקשה לבדיקה");
    }

    @Test
    void user_text_is_escaped_in_html() {
        OutgoingMail mail = taskMail.render("r@example.com",
                content(MailLanguage.English, "<script>alert('x')</script>", false, null));
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(mail.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void the_tasks_subject_replaces_the_templates_and_is_one_line() {
        OutgoingMail mail = taskMail.render("r@example.com",
                content(MailLanguage.German, null, false, "Bitte bis Freitag"));
        assertThat(mail.subject()).isEqualTo("Bitte bis Freitag");
        assertThat(taskMail.render("r@example.com", content(MailLanguage.German, null, false, null)).subject())
                .isEqualTo("Bitte prüfen: Spring <Packaging>");
    }

    @Test
    void the_embedded_default_writes_an_eml_file_with_the_link() throws Exception {
        Tasks.Setup setup = Tasks.setup(1);
        String address = "file-" + UUID.randomUUID() + "@example.com";
        ReviewTask task = Tasks.task(Tasks.external(setup,
                Map.of("email", address, "emailLanguage", "French", "password", "hunter2-secret")));
        Path directory = settings.dataDir().resolve("mail");
        Path eml = await().atMost(Duration.ofSeconds(30)).until(() -> find(directory, address), Optional::isPresent)
                .get();
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = MailText.parse(in);
            MailText.Parts parts = MailText.parts(message);
            assertThat(parts.html()).contains(tasks.url(task)).contains("Ouvrir la relecture");
            assertThat(parts.text()).contains(tasks.url(task));
        }
        assertThat(message.getSubject()).startsWith("À relire : Review ");
        assertThat(Files.readString(eml)).doesNotContain("hunter2-secret");
    }

    @Test
    void an_internal_task_mails_its_assignee_in_english_without_a_password_hint() throws Exception {
        Tasks.Setup setup = Tasks.setup(2);
        String address = "assignee-" + UUID.randomUUID() + "@example.com";
        String colleague = Tenant.admin()
                .body(Map.of("email", address, "name", "Cora Colleague", "password", "secret-" + UUID.randomUUID(),
                        "companyUID", setup.tenant().companyId))
                .post("/api/v1/user").then().statusCode(200).extract().path("result.userUID");
        Tasks.shareProject(setup, colleague);
        ReviewTask task = Tasks.task(setup.tenant().request()
                .body(Map.of("projectUID", setup.projectId(), "userUID", colleague, "assetUIDs", setup.assetIds(),
                        "dueDate", "2030-05-06", "comment", "Check the barcode"))
                .post("/api/v1/task/review_asset").then().statusCode(200).extract().path("result.taskUID"));
        Path eml = await().atMost(Duration.ofSeconds(30))
                .until(() -> find(settings.dataDir().resolve("mail"), address), Optional::isPresent).get();
        MimeMessage message;
        try (InputStream in = Files.newInputStream(eml)) {
            message = MailText.parse(in);
        }
        MailText.Parts parts = MailText.parts(message);
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly(address);
        assertThat(message.getSubject()).isEqualTo("Please review: " + projectName(setup));
        assertThat(parts.html()).contains("href=\"" + tasks.url(task) + "\"").contains("Open the review")
                .contains("Hello Cora Colleague,").contains("Test User asks you to review").contains("May 6, 2030")
                .contains("Check the barcode").contains("Files to review: 2").doesNotContain("password");
        assertThat(parts.text()).contains("Open the review: " + tasks.url(task)).doesNotContain("password");
        assertThat(tasks.url(task)).endsWith("/t/" + task.token);
    }

    @Test
    void a_task_deleted_before_its_mail_gets_none() {
        Tasks.Setup setup = Tasks.setup(1);
        String taskId = Tasks.external(setup, Map.of());
        setup.tenant().request().queryParam("TaskUID", taskId).delete("/api/v1/task").then().statusCode(200);
        assertThat(taskMail.forTask(UUID.fromString(taskId))).isEmpty();
        String internal = Tasks.internal(setup, setup.tenant().userId);
        assertThat(taskMail.forTask(UUID.fromString(internal))).get().extracting(OutgoingMail::to)
                .isEqualTo(setup.tenant().email);
        setup.tenant().request().queryParam("TaskUID", internal).delete("/api/v1/task").then().statusCode(200);
        assertThat(taskMail.forTask(UUID.fromString(internal))).isEmpty();
    }

    private static String projectName(Tasks.Setup setup) {
        return setup.tenant().request().queryParam("ProjectUID", setup.projectId()).get("/api/v1/project").then()
                .statusCode(200).extract().path("result[0].projectName");
    }

    private static Optional<Path> find(Path directory, String address) throws Exception {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".eml")).toList()) {
                if (Files.readString(file).contains(address)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}

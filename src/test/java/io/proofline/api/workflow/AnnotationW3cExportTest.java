package io.proofline.api.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.proofline.api.workflow.AnnotationResourceTest.Setup;
import io.proofline.media.rendition.TestFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The W3C export checked against the MUST assertions of the W3C Web Annotation test suite (w3c/web-annotation-tests:
 * annotations/annotationMusts.test and the collection, specific resource, selector and textual body definitions it
 * refers to), written out as assertions, plus the pixel conversion DESIGN.md fixes.
 */
@QuarkusTest
class AnnotationW3cExportTest {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final Set<String> MOTIVATIONS = Set.of("assessing", "bookmarking", "classifying", "commenting", "describing",
            "editing", "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode export(Setup setup) throws IOException {
        Response response = setup.tenant().request().accept("application/ld+json")
                .queryParam("AssetUID", setup.assetId()).get("/api/v1/annotation/w3c");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/ld+json")
                .contains("profile=\"http://www.w3.org/ns/anno.jsonld\"");
        JsonNode collection = JSON.readTree(response.asByteArray());
        assertCollectionMusts(collection);
        return collection;
    }

    @Test
    void an_images_annotations_export_as_a_collection_in_pixels_with_replies() throws IOException {
        Setup setup = AnnotationResourceTest.image(); // 400 × 200 pixels
        String rect = setup.annotate(AnnotationResourceTest.rect());
        String point = setup.annotate(Map.of("type", "point", "x", 0.5, "y", 0.25));
        String circle = setup.annotate(Map.of("type", "circle", "x", 0.25, "y", 0.5, "w", 0.5, "h", 0.5));
        String line = setup.annotate(Map.of("type", "line", "x1", 0, "y1", 0, "x2", 1, "y2", 1));
        String arrow = setup.annotate(Map.of("type", "arrow", "x", 0.5, "y", 0.5, "w", -0.5, "h", 0));
        String freehand = setup.annotate(
                Map.of("type", "freehand", "points", List.of(List.of(0, 0), List.of(0.5, 0.5), List.of(1, 0.25))));
        String reply = setup.reply(rect, "Agreed <b>literally</b>");

        JsonNode collection = export(setup);
        assertThat(collection.get("total").asInt()).isEqualTo(7);
        JsonNode items = collection.get("first").get("items");
        assertThat(items).hasSize(7);
        assertThat(items.get(0).get("id").asText()).endsWith("/api/v1/annotation/w3c/" + rect);
        assertThat(items.get(1).get("id").asText()).endsWith("/api/v1/annotation/w3c/" + reply);
        for (JsonNode item : items) {
            assertAnnotationMusts(item);
        }

        JsonNode rectItem = items.get(0);
        assertThat(rectItem.get("motivation").asText()).isEqualTo("commenting");
        assertThat(rectItem.get("body").get("value").asText()).isEqualTo("Fix this");
        assertThat(rectItem.get("body").get("format").asText()).isEqualTo("text/plain");
        assertThat(rectItem.get("body").get("purpose").asText()).isEqualTo("commenting");
        assertThat(rectItem.get("creator").get("type").asText()).isEqualTo("Person");
        assertThat(rectItem.get("creator").get("name").asText()).isEqualTo("Test User");
        assertThat(rectItem.get("creator").get("id").asText()).contains(setup.tenant().userId);
        JsonNode target = rectItem.get("target");
        assertThat(target.get("source").asText()).endsWith("/api/v1/asset?AssetUID=" + setup.assetId());
        assertThat(target.get("selector").get("type").asText()).isEqualTo("FragmentSelector");
        assertThat(target.get("selector").get("conformsTo").asText()).isEqualTo("http://www.w3.org/TR/media-frags/");
        assertThat(target.get("selector").get("value").asText()).isEqualTo("xywh=40,40,120,80");

        JsonNode replyItem = items.get(1);
        assertThat(replyItem.get("motivation").asText()).isEqualTo("replying");
        assertThat(replyItem.get("target").asText()).isEqualTo(rectItem.get("id").asText());
        assertThat(replyItem.get("body").get("value").asText()).isEqualTo("Agreed <b>literally</b>");

        assertThat(svg(items.get(2), point)).isEqualTo("circle cx=200 cy=50 r=2");
        assertThat(svg(items.get(3), circle)).isEqualTo("ellipse cx=200 cy=150 rx=100 ry=50");
        assertThat(svg(items.get(4), line)).isEqualTo("line x1=0 x2=400 y1=0 y2=200");
        assertThat(svg(items.get(5), arrow)).startsWith("path d=M 200 100 L 0 100 M ");
        assertThat(svg(items.get(6), freehand)).isEqualTo("polyline points=0,0 200,100 400,50");

        // the ids are what GET /api/v1/annotation/w3c/{uid} answers
        Response one = setup.tenant().request().get("/api/v1/annotation/w3c/" + rect);
        assertThat(one.contentType()).startsWith("application/ld+json");
        JsonNode single = JSON.readTree(one.asByteArray());
        assertAnnotationMusts(single);
        assertThat(single).isEqualTo(rectItem);
    }

    @Test
    void a_pdfs_annotations_select_their_page_refined_by_the_shape_in_points() throws IOException {
        Setup setup = AnnotationResourceTest.setup(TestFiles.pdf(3, 300, 200), "carton.pdf");
        String onTwo = setup.post(Map.of("assetUID", setup.assetId(), "page", 2, "text", "Page two", "shape",
                AnnotationResourceTest.rect())).then().statusCode(200).extract().path("result.annotationUID");
        setup.post(Map.of("assetUID", setup.assetId(), "page", 3, "text", "Page three", "shape",
                Map.of("type", "point", "x", 0.5, "y", 0.5))).then().statusCode(200);
        setup.reply(onTwo, "reply on two");
        setup.tenant().request().body(Map.of("annotationUID", onTwo, "text", "Page two, edited"))
                .put("/api/v1/annotation").then().statusCode(200);

        JsonNode items = export(setup).get("first").get("items");
        assertThat(items).hasSize(3);
        items.forEach(AnnotationW3cExportTest::assertAnnotationMusts);
        JsonNode page2 = items.get(0).get("target").get("selector");
        assertThat(page2.get("type").asText()).isEqualTo("FragmentSelector");
        assertThat(page2.get("conformsTo").asText()).isEqualTo("http://tools.ietf.org/rfc/rfc3778");
        assertThat(page2.get("value").asText()).isEqualTo("page=2");
        assertThat(page2.get("refinedBy").get("type").asText()).isEqualTo("FragmentSelector");
        assertThat(page2.get("refinedBy").get("value").asText()).isEqualTo("xywh=30,40,90,80");
        assertThat(items.get(0).get("modified").asText()).isGreaterThan(items.get(0).get("created").asText());
        assertThat(items.get(0).get("body").get("value").asText()).isEqualTo("Page two, edited");
        assertThat(items.get(1).get("motivation").asText()).isEqualTo("replying");
        JsonNode page3 = items.get(2).get("target").get("selector");
        assertThat(page3.get("value").asText()).isEqualTo("page=3");
        assertThat(page3.get("refinedBy").get("type").asText()).isEqualTo("SvgSelector");
        assertThat(svgElement(page3.get("refinedBy").get("value").asText())).isEqualTo("circle cx=150 cy=100 r=2");
    }

    @Test
    void a_comment_without_a_shape_targets_its_pdf_page_or_the_image_itself() throws IOException {
        Setup pdf = AnnotationResourceTest.setup(TestFiles.pdf(3, 300, 200), "carton.pdf");
        pdf.tenant().request().body(Map.of("text", "The whole of page two", "page", 2))
                .post("/v2/assets/" + pdf.assetId() + "/comments").then().statusCode(201);
        JsonNode onPage = export(pdf).get("first").get("items").get(0);
        assertAnnotationMusts(onPage);
        JsonNode selector = onPage.get("target").get("selector");
        assertThat(selector.get("type").asText()).isEqualTo("FragmentSelector");
        assertThat(selector.get("conformsTo").asText()).isEqualTo("http://tools.ietf.org/rfc/rfc3778");
        assertThat(selector.get("value").asText()).isEqualTo("page=2");
        assertThat(selector.has("refinedBy")).isFalse();

        Setup image = AnnotationResourceTest.image();
        String id = image.tenant().request().body(Map.of("text", "The whole image"))
                .post("/v2/assets/" + image.assetId() + "/comments").then().statusCode(201).extract().path("id");
        JsonNode whole = export(image).get("first").get("items").get(0);
        assertAnnotationMusts(whole);
        assertThat(whole.get("target").isTextual()).as("the source itself").isTrue();
        assertThat(whole.get("target").asText()).endsWith("/api/v1/asset?AssetUID=" + image.assetId());
        Response one = image.tenant().request().get("/api/v1/annotation/w3c/" + id);
        assertThat(JSON.readTree(one.asByteArray())).isEqualTo(whole);
    }

    @Test
    void an_asset_without_annotations_exports_an_empty_first_page() throws IOException {
        Setup setup = AnnotationResourceTest.image();
        JsonNode collection = export(setup);
        assertThat(collection.get("total").asInt()).isZero();
        assertThat(collection.get("first").get("items")).isEmpty();
    }

    /** Collection and page: annotations/collections definitions of the suite (Sections 5.1, 5.2). */
    static void assertCollectionMusts(JsonNode collection) {
        assertThat(collection.has("statusCode")).as("bare JSON-LD, no envelope").isFalse();
        assertThat(collection.get("@context").asText()).isEqualTo(CONTEXT);
        assertUri(collection.get("id"));
        assertThat(collection.get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("label").isTextual()).isTrue();
        assertThat(collection.get("total").isIntegralNumber()).isTrue();
        assertThat(collection.get("total").asInt()).isGreaterThanOrEqualTo(0);
        JsonNode page = collection.get("first");
        assertThat(page.isObject()).as("first is an embedded page").isTrue();
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertUri(page.get("id"));
        assertThat(page.get("partOf").asText()).isEqualTo(collection.get("id").asText());
        assertThat(page.get("startIndex").asInt()).isZero();
        assertThat(page.get("items").isArray()).isTrue();
        assertUri(collection.get("last"));
        for (JsonNode item : page.get("items")) {
            assertThat(item.get("type").asText()).isEqualTo("Annotation");
        }
    }

    /**
     * annotations/annotationMusts.test: @context, id, type, target, not body with bodyValue, created/modified as
     * date-times; motivation and purpose from the model's list; targets a URI or a Specific Resource with a source and
     * recognised selectors; a TextualBody has a value.
     */
    static void assertAnnotationMusts(JsonNode annotation) {
        assertThat(annotation.get("@context").asText()).isEqualTo(CONTEXT);
        assertUri(annotation.get("id"));
        assertThat(annotation.get("type").asText()).isEqualTo("Annotation");
        assertThat(annotation.has("target")).isTrue();
        assertThat(annotation.has("body") && annotation.has("bodyValue")).isFalse();
        assertDateTime(annotation.get("created"));
        if (annotation.has("modified")) {
            assertDateTime(annotation.get("modified"));
        }
        assertThat(MOTIVATIONS).contains(annotation.get("motivation").asText());
        JsonNode body = annotation.get("body");
        assertThat(body.get("type").asText()).isEqualTo("TextualBody");
        assertThat(body.get("value").isTextual()).isTrue();
        assertThat(MOTIVATIONS).contains(body.get("purpose").asText());
        JsonNode creator = annotation.get("creator");
        assertThat(creator.get("type").asText()).isEqualTo("Person");
        assertThat(creator.get("name").isTextual()).isTrue();
        if (creator.has("id")) {
            assertUri(creator.get("id"));
        }
        JsonNode target = annotation.get("target");
        if (target.isTextual()) {
            assertUri(target);
        } else {
            assertThat(target.get("type").asText()).isEqualTo("SpecificResource");
            assertUri(target.get("source"));
            assertSelector(target.get("selector"));
        }
    }

    static void assertSelector(JsonNode selector) {
        String type = selector.get("type").asText();
        assertThat(type).isIn("FragmentSelector", "SvgSelector");
        assertThat(selector.get("value").isTextual()).isTrue();
        if (selector.has("conformsTo")) {
            assertUri(selector.get("conformsTo"));
        }
        if (type.equals("SvgSelector")) {
            svgElement(selector.get("value").asText());
        }
        if (selector.has("refinedBy")) {
            assertSelector(selector.get("refinedBy"));
        }
    }

    static void assertUri(JsonNode value) {
        assertThat(value.isTextual()).as("a URI string: " + value).isTrue();
        assertThat(URI.create(value.asText()).isAbsolute()).as(value.asText()).isTrue();
    }

    static void assertDateTime(JsonNode value) {
        assertThat(value.asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        Instant.parse(value.asText());
    }

    static String svg(JsonNode item, String annotationId) {
        assertThat(item.get("id").asText()).endsWith(annotationId);
        JsonNode selector = item.get("target").get("selector");
        assertThat(selector.get("type").asText()).isEqualTo("SvgSelector");
        return svgElement(selector.get("value").asText());
    }

    /** Parses the SVG document and describes its one shape element: name and attributes sorted. */
    static String svgElement(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
            Element group = (Element) root.getElementsByTagNameNS("*", "g").item(0);
            Element shape = null;
            for (var node = group.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    shape = element;
                }
            }
            StringBuilder description = new StringBuilder(shape.getLocalName());
            var attributes = shape.getAttributes();
            List<String> pairs = new java.util.ArrayList<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                pairs.add(attributes.item(i).getNodeName() + "=" + attributes.item(i).getNodeValue());
            }
            pairs.stream().sorted().forEach(pair -> description.append(' ').append(pair));
            return description.toString();
        } catch (Exception e) {
            throw new AssertionError("Not a well-formed SVG document: " + svg, e);
        }
    }
}

package io.proofline.annotation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.proofline.asset.Asset;
import io.proofline.system.ServerSettings;

/**
 * An asset's annotations as W3C Web Annotation JSON-LD (DESIGN.md): an AnnotationCollection embedding its first
 * AnnotationPage. Normalised coordinates become pixels of the image, or points (PDF user space, 72 per inch) of the PDF
 * page; a file processing has not measured keeps percentages ({@code xywh=percent:}, an SVG in a 100 × 100 box).
 */
@ApplicationScoped
public class W3cAnnotations {

    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    public static final String MEDIA_TYPE = "application/ld+json; profile=\"" + CONTEXT + "\"";
    static final String MEDIA_FRAGMENTS = "http://www.w3.org/TR/media-frags/";
    static final String PDF_FRAGMENTS = "http://tools.ietf.org/rfc/rfc3778";
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    @Inject
    ServerSettings settings;

    /** The IRI of one annotation, which carries its uid. */
    public String annotationIri(Object annotationId) {
        return settings.publicUrl() + "/api/v1/annotation/w3c/" + annotationId;
    }

    /** The IRI of the asset annotations target, which carries its uid. */
    public String assetIri(Object assetId) {
        return settings.publicUrl() + "/api/v1/asset?AssetUID=" + assetId;
    }

    public String collectionIri(Object assetId) {
        return settings.publicUrl() + "/api/v1/annotation/w3c?AssetUID=" + assetId;
    }

    /** The collection of every annotation and reply of the listing, each thread's replies after its annotation. */
    public Map<String, Object> collection(AnnotationService.Listing listing) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (AnnotationService.Thread thread : listing.threads()) {
            items.add(annotation(listing, thread.annotation()));
            for (Annotation reply : thread.replies()) {
                items.add(annotation(listing, reply));
            }
        }
        String id = collectionIri(listing.asset().id);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", id + "&page=0");
        page.put("type", "AnnotationPage");
        page.put("partOf", id);
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Annotations on " + listing.asset().name);
        collection.put("total", items.size());
        collection.put("first", page);
        collection.put("last", page.get("id"));
        return collection;
    }

    /** One annotation or reply, standing alone (it carries its own {@code @context}). */
    public Map<String, Object> annotation(AnnotationService.Listing listing, Annotation annotation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("id", annotationIri(annotation.id));
        json.put("type", "Annotation");
        json.put("motivation", annotation.isReply() ? "replying" : "commenting");
        json.put("created", annotation.createdAt.toString());
        if (!annotation.updatedAt.equals(annotation.createdAt)) {
            json.put("modified", annotation.updatedAt.toString());
        }
        Map<String, Object> creator = new LinkedHashMap<>();
        if (annotation.authorUserId != null) {
            creator.put("id", settings.publicUrl() + "/api/v1/user?UserUID=" + annotation.authorUserId);
        }
        creator.put("type", "Person");
        String name = listing.authorName(annotation);
        if (name != null) {
            creator.put("name", name);
        }
        json.put("creator", creator);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TextualBody");
        body.put("value", annotation.text);
        body.put("format", "text/plain");
        body.put("purpose", "commenting");
        json.put("body", body);
        json.put("target",
                annotation.isReply() ? annotationIri(annotation.parentId) : target(listing.asset(), annotation));
        return json;
    }

    /**
     * The shape's selector, within the page's FragmentSelector on a PDF or a later page. An annotation without a shape
     * (a comment on the whole page) targets the page alone, or the asset itself when there is no page to name.
     */
    private Object target(Asset asset, Annotation annotation) {
        Shape shape = annotation.shape();
        boolean namesPage = isPdf(asset) || annotation.page > 1;
        if (shape == null && !namesPage) {
            return assetIri(asset.id);
        }
        Map<String, Object> selector = shape == null ? null : selector(shape, Space.of(asset));
        if (namesPage) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("type", "FragmentSelector");
            if (isPdf(asset)) {
                page.put("conformsTo", PDF_FRAGMENTS);
            }
            page.put("value", "page=" + annotation.page);
            if (selector != null) {
                page.put("refinedBy", selector);
            }
            selector = page;
        }
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", "SpecificResource");
        target.put("source", assetIri(asset.id));
        target.put("selector", selector);
        return target;
    }

    static boolean isPdf(Asset asset) {
        return "application/pdf".equals(asset.contentType) || "application/illustrator".equals(asset.contentType);
    }

    /** rect → FragmentSelector xywh; every other shape → SvgSelector. */
    static Map<String, Object> selector(Shape shape, Space space) {
        Map<String, Object> selector = new LinkedHashMap<>();
        if (shape instanceof Shape.Rect rect) {
            selector.put("type", "FragmentSelector");
            selector.put("conformsTo", MEDIA_FRAGMENTS);
            selector.put("value", space.xywh(rect));
            return selector;
        }
        selector.put("type", "SvgSelector");
        selector.put("value", svg(shape, space));
        return selector;
    }

    static String svg(Shape shape, Space space) {
        String element;
        if (shape instanceof Shape.Point point) {
            element = "<circle cx=\"" + space.x(point.x()) + "\" cy=\"" + space.y(point.y()) + "\" r=\""
                    + space.pointRadius() + "\"/>";
        } else if (shape instanceof Shape.Circle circle) {
            element = "<ellipse cx=\"" + space.x(circle.x() + circle.w() / 2) + "\" cy=\""
                    + space.y(circle.y() + circle.h() / 2) + "\" rx=\"" + space.x(circle.w() / 2) + "\" ry=\""
                    + space.y(circle.h() / 2) + "\"/>";
        } else if (shape instanceof Shape.Line line) {
            element = "<line x1=\"" + space.x(line.x1()) + "\" y1=\"" + space.y(line.y1()) + "\" x2=\""
                    + space.x(line.x2()) + "\" y2=\"" + space.y(line.y2()) + "\"/>";
        } else if (shape instanceof Shape.Arrow arrow) {
            element = "<path d=\"" + arrowPath(arrow, space) + "\"/>";
        } else if (shape instanceof Shape.Freehand freehand) {
            StringBuilder points = new StringBuilder();
            for (double[] point : freehand.points()) {
                if (!points.isEmpty()) {
                    points.append(' ');
                }
                points.append(space.x(point[0])).append(',').append(space.y(point[1]));
            }
            element = "<polyline points=\"" + points + "\"/>";
        } else {
            Shape.Rect rect = (Shape.Rect) shape;
            element = "<rect x=\"" + space.x(rect.x()) + "\" y=\"" + space.y(rect.y()) + "\" width=\""
                    + space.x(rect.w()) + "\" height=\"" + space.y(rect.h()) + "\"/>";
        }
        return "<svg xmlns=\"" + SVG_NS + "\" width=\"" + space.number(space.width) + "\" height=\""
                + space.number(space.height) + "\" viewBox=\"0 0 " + space.number(space.width) + " "
                + space.number(space.height) + "\"><g fill=\"none\" stroke=\"#e5484d\">" + element + "</g></svg>";
    }

    /** The shaft from tail to head, then the two barbs of the head, each a quarter of the shaft (at most) long. */
    static String arrowPath(Shape.Arrow arrow, Space space) {
        double tailX = arrow.x() * space.width;
        double tailY = arrow.y() * space.height;
        double headX = (arrow.x() + arrow.w()) * space.width;
        double headY = (arrow.y() + arrow.h()) * space.height;
        double length = Math.hypot(headX - tailX, headY - tailY);
        double barb = Math.min(length / 4, Math.max(space.width, space.height) / 40);
        double angle = Math.atan2(headY - tailY, headX - tailX);
        double spread = Math.toRadians(25);
        double leftX = headX - barb * Math.cos(angle - spread);
        double leftY = headY - barb * Math.sin(angle - spread);
        double rightX = headX - barb * Math.cos(angle + spread);
        double rightY = headY - barb * Math.sin(angle + spread);
        return "M " + space.number(tailX) + " " + space.number(tailY) + " L " + space.number(headX) + " "
                + space.number(headY) + " M " + space.number(leftX) + " " + space.number(leftY) + " L "
                + space.number(headX) + " " + space.number(headY) + " L " + space.number(rightX) + " "
                + space.number(rightY);
    }

    /** The page's coordinate space: pixels or points when measured, else a 100 × 100 box of percentages. */
    record Space(double width, double height, boolean measured) {

        static Space of(Asset asset) {
            if (asset.width != null && asset.height != null && asset.width > 0 && asset.height > 0) {
                return new Space(asset.width, asset.height, true);
            }
            return new Space(100, 100, false);
        }

        String x(double normalised) {
            return number(normalised * width);
        }

        String y(double normalised) {
            return number(normalised * height);
        }

        /** A point is drawn as a small circle: 1 % of the shorter side, at least 2 units. */
        String pointRadius() {
            return number(Math.max(measured ? 2 : 0.5, Math.min(width, height) / 100));
        }

        /** Media fragments take whole pixels (at least one wide) or percentages. */
        String xywh(Shape.Rect rect) {
            if (!measured) {
                return "xywh=percent:" + number(rect.x() * 100) + "," + number(rect.y() * 100) + ","
                        + number(rect.w() * 100) + "," + number(rect.h() * 100);
            }
            long x = Math.round(rect.x() * width);
            long y = Math.round(rect.y() * height);
            long w = Math.max(1, Math.round(rect.w() * width));
            long h = Math.max(1, Math.round(rect.h() * height));
            return "xywh=" + x + "," + y + "," + w + "," + h;
        }

        /** At most two decimals, no trailing zeros, never exponent notation. */
        String number(double value) {
            return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }
}

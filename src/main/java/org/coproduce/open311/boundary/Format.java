package org.coproduce.open311.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The two formats of GeoReport v2, chosen by the path's suffix: XML (the specification's elements, no namespace,
 * a null as an empty element) and JSON (its Spark-convention mapping: an array of objects, a null as null). Every
 * answer is a list of flat elements, as the specification's are: {@code <services><service>…},
 * {@code <service_requests><request>…}, {@code <errors><error>…}.
 */
public enum Format {
    JSON(MediaType.valueOf("application/json; charset=utf-8")),
    XML(MediaType.valueOf("text/xml; charset=utf-8"));

    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newDefaultFactory();
    /** Characters XML 1.0 cannot carry at all (control characters but tab and line breaks, lone surrogates). */
    private static final java.util.regex.Pattern NOT_XML = java.util.regex.Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final MediaType type;

    Format(MediaType type) {
        this.type = type;
    }

    public MediaType type() {
        return type;
    }

    /** XML for a path ending in {@code .xml}, JSON otherwise. */
    public static Format of(String path) {
        return path != null && path.endsWith(".xml") ? XML : JSON;
    }

    /** The format a path's {@code format} parameter names: {@code xml} or {@code json}. */
    public static Format named(String suffix) {
        return "xml".equals(suffix) ? XML : JSON;
    }

    public Response answer(int status, String root, String element, List<Map<String, Object>> items) {
        return Response.status(status).type(type).entity(write(root, element, items)).build();
    }

    public String write(String root, String element, List<Map<String, Object>> items) {
        return this == XML ? xml(root, element, items) : json(items);
    }

    private static String json(List<Map<String, Object>> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (var item : items) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            item.forEach((name, value) -> {
                switch (value) {
                    case null -> object.addNull(name);
                    case Boolean b -> object.add(name, b);
                    case Double d -> object.add(name, decimal(d));
                    case Number n -> object.add(name, n.longValue());
                    default -> object.add(name, value.toString());
                }
            });
            array.add(object);
        }
        return array.build().toString();
    }

    private static String xml(String root, String element, List<Map<String, Object>> items) {
        var out = new StringWriter().append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        try {
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
            xml.writeStartElement(root);
            for (var item : items) {
                xml.writeStartElement(element);
                for (var field : item.entrySet()) {
                    if (field.getValue() == null) {
                        xml.writeEmptyElement(field.getKey());
                    } else {
                        xml.writeStartElement(field.getKey());
                        xml.writeCharacters(text(field.getValue()));
                        xml.writeEndElement();
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out.toString();
    }

    private static String text(Object value) {
        String text = value instanceof Double d ? decimal(d).toPlainString() : value.toString();
        return NOT_XML.matcher(text).replaceAll("");
    }

    /** A coordinate as written by hand: 0.0001, 53.8, 10 (no exponent, no trailing zeros). */
    static BigDecimal decimal(double value) {
        var decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}

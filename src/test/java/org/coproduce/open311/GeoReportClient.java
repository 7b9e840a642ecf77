package org.coproduce.open311;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A small Open311 GeoReport v2 client written from the specification (wiki.open311.org/GeoReport_v2), not from
 * Coproduce's code: the format is the resource's suffix, a request is posted form-urlencoded in UTF-8, JSON is read
 * with a generic parser and XML with DOM and XPath by the specification's element names. It keeps every answer's
 * body, so a journey can check that something never appears in any of them.
 */
final class GeoReportClient {

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> bodies = new ArrayList<>();

    /** The API endpoint, e.g. {@code https://api.city.gov/dev/v2/}. */
    GeoReportClient(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** GET Service List: {@code services.[format]}. */
    Answer services(String format) {
        return get("services." + format, Map.of());
    }

    /** GET Service Requests: {@code requests.[format]} with optional arguments. */
    Answer requests(String format, Map<String, String> arguments) {
        return get("requests." + format, arguments);
    }

    /** GET Service Request: {@code requests/[service_request_id].[format]}. */
    Answer request(String id, String format) {
        return get("requests/" + id + "." + format, Map.of());
    }

    /** POST Service Request: {@code requests.[format]}, the arguments form-urlencoded. */
    Answer post(String format, Map<String, String> arguments) {
        var request = HttpRequest.newBuilder(endpoint.resolve("requests." + format)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(arguments), StandardCharsets.UTF_8)).build();
        return send(request);
    }

    /** Every answer's body so far. */
    List<String> bodies() {
        return List.copyOf(bodies);
    }

    /** The arguments of the specification's example request, with ours. */
    static Map<String, String> arguments(String... pairs) {
        var arguments = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.put(pairs[i], pairs[i + 1]);
        }
        return arguments;
    }

    private Answer get(String resource, Map<String, String> arguments) {
        String query = arguments.isEmpty() ? "" : "?" + form(arguments);
        return send(HttpRequest.newBuilder(endpoint.resolve(resource + query)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private Answer send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            bodies.add(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> arguments) {
        return arguments.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** One answer: its status, content type and body, read as JSON or XML. */
    record Answer(int status, String contentType, String body) {

        /** JSON: every answer of the specification, errors too, is an array. */
        JsonArray json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** XML: the text of the first node the XPath expression selects (empty when none or empty). */
        String xpath(String expression) {
            try {
                return XPathFactory.newInstance().newXPath().evaluate(expression, xml());
            } catch (Exception e) {
                throw new IllegalStateException("not XML: " + body, e);
            }
        }

        /** XML: how many nodes the XPath expression selects. */
        int count(String expression) {
            try {
                return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, xml(), XPathConstants.NODESET)).getLength();
            } catch (Exception e) {
                throw new IllegalStateException("not XML: " + body, e);
            }
        }

        private Document xml() throws Exception {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}

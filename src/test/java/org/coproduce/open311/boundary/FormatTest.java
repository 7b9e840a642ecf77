package org.coproduce.open311.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.problems.Problem;
import org.coproduce.problems.Violation;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static Map<String, Object> request() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("service_request_id", "12");
        fields.put("description", "Lift <broken> & \"stairs\"");
        fields.put("lat", 0.0001);
        fields.put("metadata", false);
        fields.put("media_url", null);
        return fields;
    }

    @Test
    void thePathsFormatNamesItsSuffixAsTheErrorsDo() {
        assertEquals(Format.XML, Format.named("xml"));
        assertEquals(Format.JSON, Format.named("json"));
        assertEquals(Format.of("open311/v2/requests/12.xml"), Format.named("xml"));
        assertEquals(Format.of("open311/v2/services.json"), Format.named("json"));
    }

    @Test
    void writesTheSpecificationsXmlWithEmptyElementsForNullAndPlainNumbers() throws Exception {
        String xml = Format.XML.write("service_requests", "request", List.of(request()));
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"), xml);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("Lift <broken> & \"stairs\"", xpath.evaluate("/service_requests/request/description", document));
        assertEquals("0.0001", xpath.evaluate("/service_requests/request/lat", document));
        assertEquals("false", xpath.evaluate("/service_requests/request/metadata", document));
        assertEquals("1", xpath.evaluate("count(/service_requests/request/media_url)", document));
        assertEquals("", xpath.evaluate("/service_requests/request/media_url", document));
    }

    @Test
    void writesJsonAsAnArrayOfObjects() {
        assertEquals("[{\"service_request_id\":\"12\",\"description\":\"Lift <broken> & \\\"stairs\\\"\",\"lat\":0.0001,"
                + "\"metadata\":false,\"media_url\":null}]", Format.JSON.write("service_requests", "request", List.of(request())));
    }

    @Test
    void theSuffixChoosesTheFormat() {
        assertEquals(Format.XML, Format.of("open311/v2/requests/12.xml"));
        assertEquals(Format.JSON, Format.of("open311/v2/requests/12.json"));
        assertEquals(Format.JSON, Format.of("open311/v2/nothing"));
    }

    @Test
    void aProblemBecomesTheSpecificationsErrorsOnePerViolation() {
        assertEquals(List.of(Map.of("code", 400, "description", "service_code: unknown"), Map.of("code", 400, "description", "lat: bad")),
                GeoReportErrors.errors(Problem.invalid(List.of(new Violation("service_code", "unknown"), new Violation("lat", "bad")))));
        assertEquals(List.of(Map.of("code", 403, "description", "No key")), GeoReportErrors.errors(Problem.of(403, "forbidden", "Forbidden", "No key")));
        assertEquals("[{\"code\":403,\"description\":\"No key\"}]",
                Format.JSON.write("errors", "error", GeoReportErrors.errors(Problem.of(403, "forbidden", "Forbidden", "No key"))));
    }

    @Test
    void readsAFormBodyKeepingTheFirstValueAndTreatingEmptyAsAbsent() {
        var form = FormBody.parse("api_key=k1&service_code=12&description=A+lift%0Abroken+%C3%BC&api_key=k2&email=&lat=53.8&bad=%zz");
        assertEquals("k1", form.get("api_key"));
        assertEquals("A lift\nbroken ü", form.get("description"));
        assertEquals(null, form.get("email"));
        assertEquals(null, form.get("missing"));
        assertEquals(null, form.get("bad"));
        assertEquals(null, FormBody.parse(null).get("api_key"));
    }

    @Test
    void theTitleIsTheFirstLineCutAtAWord() {
        assertEquals("The lift is broken", RequestIntake.title("  The lift is broken\nWe used the stairs."));
        String cut = RequestIntake.title("word ".repeat(40));
        assertEquals(true, cut.length() <= 80 && cut.endsWith("word…"), cut);
    }
}

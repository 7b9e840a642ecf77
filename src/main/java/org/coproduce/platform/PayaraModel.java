package org.coproduce.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** What Payara's reading of the OpenAPI annotations leaves to tidy in the model (used by {@link ApiDocument}). */
final class PayaraModel {

    private PayaraModel() {
    }

    /** An example written as JSON text in an annotation, as the JSON it is (Payara keeps it a string). */
    static Object json(Object value) {
        if (!(value instanceof String text) || !text.strip().startsWith("{")) {
            return value;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonException notJson) {
            return value;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var map = new LinkedHashMap<String, Object>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(PayaraModel::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue() : ((JsonNumber) value).doubleValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
        };
    }

    /** Leaves out what Payara copies from an annotation's defaults; a path parameter is always required. */
    static void tidy(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        } else if (Boolean.FALSE.equals(parameter.getRequired())) {
            parameter.setRequired(null);
        }
        parameter.setDeprecated(Boolean.TRUE.equals(parameter.getDeprecated()) ? true : null);
        parameter.setAllowEmptyValue(Boolean.TRUE.equals(parameter.getAllowEmptyValue()) ? true : null);
        parameter.setAllowReserved(Boolean.TRUE.equals(parameter.getAllowReserved()) ? true : null);
        var schema = parameter.getSchema();
        if (schema != null) {
            tidy(schema);
        }
    }

    static void tidy(Schema schema) {
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMaxLength())) {
            schema.setMaxLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(Integer.MIN_VALUE).equals(schema.getMaxItems())) {
            schema.setMaxItems(null);
        }
        if (Integer.valueOf(Integer.MAX_VALUE).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() == 0) {
            schema.setMultipleOf(null);
        }
        schema.setExclusiveMaximum(Boolean.TRUE.equals(schema.getExclusiveMaximum()) ? true : null);
        schema.setExclusiveMinimum(Boolean.TRUE.equals(schema.getExclusiveMinimum()) ? true : null);
        schema.setUniqueItems(Boolean.TRUE.equals(schema.getUniqueItems()) ? true : null);
        schema.setNullable(Boolean.TRUE.equals(schema.getNullable()) ? true : null);
        schema.setReadOnly(Boolean.TRUE.equals(schema.getReadOnly()) ? true : null);
        schema.setWriteOnly(Boolean.TRUE.equals(schema.getWriteOnly()) ? true : null);
        schema.setDeprecated(Boolean.TRUE.equals(schema.getDeprecated()) ? true : null);
    }
}

package org.coproduce.outcomes.boundary;

import java.util.List;
import org.coproduce.platform.ApiDocument;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The query parameters of {@link Selection} in GET /openapi: Payara's scan does not read a
 * {@code @BeanParam}, so they are added here, to every outcomes read but the rises and the
 * PDF report, which declare their own (docs/api.md).
 */
public class SelectionParameters implements ApiDocument.Part {

    private static final List<Parameter> SCOPE_AND_PERIOD = List.of(
            query("organisation", "An organisation's id: it and the organisations under it", SchemaType.INTEGER),
            query("service", "A service's id", SchemaType.INTEGER),
            query("from", "First month (YYYY-MM) or ISO week (YYYY-Www); default the last 12", SchemaType.STRING),
            query("to", "Last month (YYYY-MM) or ISO week (YYYY-Www), included", SchemaType.STRING),
            query("month", "One month, YYYY-MM", SchemaType.STRING),
            query("week", "One ISO week, YYYY-Www", SchemaType.STRING),
            query("by", "Grouping of the periods", SchemaType.STRING, "week", "month", "quarter", "year"));

    private static final List<Parameter> DRILL = List.of(
            query("theme", "Only stories with this theme (its code)", SchemaType.STRING),
            query("polarity", "With theme: only where it was marked good or to improve", SchemaType.STRING, "GOOD", "IMPROVE"),
            query("criticality", "Only stories of this criticality, 0 to 5", SchemaType.INTEGER),
            query("sentiment", "Only stories of this whole-story sentiment", SchemaType.STRING, "positive", "mixed", "negative", "unknown"),
            query("responded", "Only stories responded to (true) or not (false)", SchemaType.BOOLEAN),
            query("overdue", "Only stories overdue for a response (true) or not (false); staff only", SchemaType.BOOLEAN),
            query("change", "Only stories answered by a change planned, made or either", SchemaType.STRING, "PLANNED", "MADE", "ANY"),
            query("concern", "Only concerns (true: a theme marked IMPROVE) or not (false)", SchemaType.BOOLEAN),
            query("page", "Page number, from 1 (default 1)", SchemaType.INTEGER),
            query("size", "Items per page, 1 to 100 (up to 10,000 in the CSV export)", SchemaType.INTEGER));

    @Override
    public void complete(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            int at = path.indexOf("/api/outcomes");
            if (at < 0 || path.contains("/rises") || path.contains("/report.pdf") || item.getGET() == null) {
                return;
            }
            var operation = item.getGET();
            SCOPE_AND_PERIOD.forEach(operation::addParameter);
            if (path.substring(at).startsWith("/api/outcomes/stories")) {
                DRILL.forEach(operation::addParameter);
            }
        });
    }

    private static Parameter query(String name, String description, SchemaType type, String... values) {
        var schema = OASFactory.createSchema().type(type);
        if (values.length > 0) {
            schema.setEnumeration(List.of((Object[]) values));
        }
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema);
    }
}

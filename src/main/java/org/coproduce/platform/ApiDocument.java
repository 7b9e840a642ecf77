package org.coproduce.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What every operation of GET /openapi shares, added here once rather than on each resource
 * method: the problem+json answers (400 for any input, 404 for a path with an id, any other
 * error), the login (session cookie plus CSRF header) as security schemes, and a description
 * for request bodies that have none. Each operation's own summary, id, tag and parameters are
 * annotations on its resource (docs/api.md, "Describing an endpoint"); what annotations cannot
 * say (the fields of a {@code @BeanParam}, which Payara does not read) a component adds as a
 * {@link Part}, listed in META-INF/services. It also tidies ({@link PayaraModel}) what Payara's annotation reading
 * leaves: the defaults of every {@code @Schema} attribute (maxLength 2147483647 ...), path
 * parameters marked optional, and the success answer filed as "default".
 */
public class ApiDocument implements OASFilter {

    /** A component's own addition to the document, found with {@link ServiceLoader}. */
    public interface Part {

        void complete(OpenAPI api);
    }

    static final String PROBLEM = "application/problem+json";
    static final String SESSION = "session";
    static final String CSRF = "csrf";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        var components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSchema("Problem", problem());
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("COPRODUCE_SESSION")
                .description("The login cookie set by POST /api/session (__Host-COPRODUCE_SESSION over https)"));
        components.addSecurityScheme(CSRF, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-CSRF-Token")
                .description("The csrfToken of POST /api/session, required with the cookie on every POST, PUT and DELETE"));
        api.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                OASFactory.createSecurityRequirement().addScheme(SESSION).addScheme(CSRF)));
        api.setTags(declaredOnce(api.getTags()));
        ServiceLoader.load(Part.class, ApiDocument.class.getClassLoader()).forEach(part -> part.complete(api));
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(o -> complete(path, o)));
        }
    }

    /** Payara lists a class's {@code @Tag} once per class: each tag once, with the description the application declares. */
    static List<Tag> declaredOnce(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        var byName = new LinkedHashMap<String, Tag>();
        tags.stream().filter(t -> t.getDescription() != null).forEach(t -> byName.putIfAbsent(t.getName(), t));
        tags.forEach(t -> byName.putIfAbsent(t.getName(), t));
        return new ArrayList<>(byName.values());
    }

    private static void complete(String path, Operation operation) {
        operation.setDeprecated(Boolean.TRUE.equals(operation.getDeprecated()) ? true : null);
        var responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        var success = responses.getAPIResponse("default");
        if (success != null && "Default Response.".equals(success.getDescription())) {
            responses.removeAPIResponse("default");
            responses.addAPIResponse("2XX", success.description("Success"));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(PayaraModel::tidy);
        }
        boolean input = operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (input && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", problem("Bad input: the problem's violations name each field or parameter"));
        }
        if (path.contains("{") && !responses.hasAPIResponse("404")) {
            responses.addAPIResponse("404", problem("Not found, or not visible to the caller"));
        }
        if (!responses.hasAPIResponse("default")) {
            responses.addAPIResponse("default", problem("Any other error: 401 not logged in, 403 not allowed, 409 a stale version"
                    + " or a state that forbids it, 413 too large, 429 too many (Retry-After), 503 unavailable"));
        }
        var body = operation.getRequestBody();
        if (body != null && (body.getDescription() == null || body.getDescription().isBlank())) {
            body.setDescription(bodyDescription(body.getContent()));
        }
        if (body != null && body.getContent() != null && body.getContent().getMediaTypes() != null) {
            body.getContent().getMediaTypes().values().stream().filter(m -> m.getExamples() != null)
                    .flatMap(m -> m.getExamples().values().stream()).forEach(e -> e.setValue(PayaraModel.json(e.getValue())));
        }
    }

    /** The schema's name where the scan gave one: "A StorySubmission as JSON". */
    static String bodyDescription(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return "The request's body";
        }
        return content.getMediaTypes().values().stream().map(m -> m.getSchema()).filter(s -> s != null && s.getRef() != null)
                .map(s -> "A " + s.getRef().substring(s.getRef().lastIndexOf('/') + 1) + " as JSON").findFirst()
                .orElse("The request's body as JSON");
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(PROBLEM, OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static Schema problem() {
        var violation = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text("The field or parameter, as sent"), "message", text("What is wrong with it")));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).description("RFC 9457 problem details (docs/api.md)")
                .addProperty("type", text("Stable URI of the kind of problem"))
                .addProperty("title", text("Short, translated (Content-Language)"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text("Translated explanation"))
                .addProperty("violations", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}

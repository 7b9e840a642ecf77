package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.coproduce.platform.PageParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint carries what docs/api.md ("Describing an endpoint") asks, read from the classes
 * without a server: a tag on its resource, an operation with a summary and a unique, meaningful
 * id, and each path, query or header parameter described and typed on the method, in
 * {@code @Parameters} (Payara reads a lone {@code @Parameter} on a method too early and drops it;
 * a {@code @BeanParam}'s fields it does not read at all: see outcomes/boundary/SelectionParameters; the
 * shared {@code page} and {@code size} of {@link PageParameters} are described on each list).
 * JourneysIT checks the document Payara builds from them.
 */
class ResourceDescriptionsTest {

    private static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z]+([A-Z][a-z0-9]*)+");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}:]+)");

    @Test
    void everyEndpointIsTaggedNamedSummarisedAndItsParametersDescribedAndTyped() throws Exception {
        var problems = new ArrayList<String>();
        var ids = new HashMap<String, String>();
        for (var type : ResourceEndpoints.resources(getClass().getClassLoader())) {
            if (!type.isAnnotationPresent(Tag.class)) {
                problems.add(type.getSimpleName() + ": no @Tag");
            }
            for (var method : type.getMethods()) {
                if (ResourceEndpoints.answers(method)) {
                    problems.addAll(broken(type.getSimpleName() + "." + method.getName(), method, ids));
                }
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    @Test
    void findsAnUndescribedEndpoint() throws Exception {
        var problems = broken("Bare.list", Bare.class.getMethod("list", String.class), new HashMap<>());
        assertEquals(List.of("Bare.list: no @Operation with an operationId and a summary",
                "Bare.list: no @Parameter(name = \"id\", description, schema type) on the method"), problems);
        var ids = new HashMap<String, String>(Map.of("listBare", "Other.list"));
        assertEquals(List.of("Named.list: operation id 'listBare' is also that of Other.list",
                "Named.list: no @Parameter(name = \"id\", description, schema type) on the method",
                "Named.list: a lone @Parameter, which Payara drops: write @Parameters(@Parameter(...))"),
                broken("Named.list", Named.class.getMethod("list", String.class), ids));
    }

    @Path("bare/{id}")
    static class Bare {
        @jakarta.ws.rs.GET
        public String list(@PathParam("id") String id) {
            return id;
        }
    }

    @Path("named/{id}")
    static class Named {
        @jakarta.ws.rs.GET
        @Operation(operationId = "listBare", summary = "Bare things")
        @Parameter(name = "id", description = "", schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(type = SchemaType.INTEGER))
        public String list(@PathParam("id") String id) {
            return id;
        }
    }

    private static List<String> broken(String name, Method method, Map<String, String> ids) {
        var problems = new ArrayList<String>();
        var operation = method.getAnnotation(Operation.class);
        if (operation == null || operation.operationId().isBlank() || operation.summary().isBlank()) {
            problems.add(name + ": no @Operation with an operationId and a summary");
        } else {
            String id = operation.operationId();
            if (!MEANINGFUL_ID.matcher(id).matches()) {
                problems.add(name + ": operation id '" + id + "' is generic (lowerCamel, two words at least: listStories)");
            }
            String other = ids.putIfAbsent(id, name);
            if (other != null) {
                problems.add(name + ": operation id '" + id + "' is also that of " + other);
            }
        }
        var described = new HashMap<String, Parameter>();
        Arrays.stream(method.getAnnotationsByType(Parameter.class)).forEach(p -> described.put(p.name(), p));
        for (String parameter : parameters(method)) {
            var p = described.get(parameter);
            if (p == null || p.description().isBlank() || p.schema().type() == SchemaType.DEFAULT) {
                problems.add(name + ": no @Parameter(name = \"" + parameter + "\", description, schema type) on the method");
            }
        }
        if (method.isAnnotationPresent(Parameter.class)) {
            problems.add(name + ": a lone @Parameter, which Payara drops: write @Parameters(@Parameter(...))");
        }
        return problems;
    }

    /** The path, query and header parameters the endpoint takes, whether the method or its class reads them. */
    private static Set<String> parameters(Method method) {
        var names = new TreeSet<String>();
        for (var path : new Path[] {method.getDeclaringClass().getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
            if (path != null) {
                TEMPLATE.matcher(path.value()).results().map(m -> m.group(1).strip()).forEach(names::add);
            }
        }
        for (var parameter : method.getParameters()) {
            name(parameter).ifPresent(names::add);
            if (parameter.getType() == PageParameters.class) {
                Arrays.stream(PageParameters.class.getDeclaredFields()).forEach(field -> name(field).ifPresent(names::add));
            }
        }
        return names;
    }

    private static java.util.Optional<String> name(AnnotatedElement element) {
        var query = element.getAnnotation(QueryParam.class);
        var header = element.getAnnotation(HeaderParam.class);
        var path = element.getAnnotation(PathParam.class);
        return java.util.Optional.ofNullable(query != null ? query.value() : header != null ? header.value() : path != null ? path.value() : null);
    }
}

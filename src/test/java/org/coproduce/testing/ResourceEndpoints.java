package org.coproduce.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coproduce.platform.CoproduceApplication;

/** The endpoints (METHOD /api/path/{}) of the JAX-RS resources in the main classes, read from their annotations. */
final class ResourceEndpoints {

    private ResourceEndpoints() {
    }

    static Set<String> of(ClassLoader loader) throws IOException, URISyntaxException, ClassNotFoundException {
        String api = CoproduceApplication.class.getAnnotation(ApplicationPath.class).value();
        var endpoints = new TreeSet<String>();
        for (var type : resources(loader)) {
            Arrays.stream(type.getMethods()).forEach(m -> endpoint(api, type.getAnnotation(Path.class).value(), m, endpoints));
        }
        return endpoints;
    }

    /** The classes of the main classes annotated with {@code @Path}. */
    static List<Class<?>> resources(ClassLoader loader) throws IOException, URISyntaxException, ClassNotFoundException {
        var root = java.nio.file.Path.of(CoproduceApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var resources = new ArrayList<Class<?>>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }

    /** Whether the method answers an HTTP method (GET, POST ...). */
    static boolean answers(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static void endpoint(String api, String resource, Method method, Set<String> endpoints) {
        Arrays.stream(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .forEach(http -> {
                    var sub = method.getAnnotation(Path.class);
                    String path = ("/" + api + "/" + resource + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/")
                            .replaceAll("(.)/$", "$1");
                    endpoints.add(http.value() + " " + AuthorizationMatrix.template(path));
                });
    }
}

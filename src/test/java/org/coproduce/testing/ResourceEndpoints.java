package org.coproduce.testing;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.coproduce.platform.CoproduceApplication;

/** The endpoints (METHOD /api/path/{}) of the JAX-RS resources in the main classes, read from their annotations. */
final class ResourceEndpoints {

    private ResourceEndpoints() {
    }

    static Set<String> of(ClassLoader loader) throws IOException, URISyntaxException, ClassNotFoundException {
        var root = java.nio.file.Path.of(CoproduceApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String api = CoproduceApplication.class.getAnnotation(ApplicationPath.class).value();
        var endpoints = new TreeSet<String>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, loader);
                var path = type.getAnnotation(Path.class);
                if (path != null) {
                    Arrays.stream(type.getMethods()).forEach(m -> endpoint(api, path.value(), m, endpoints));
                }
            }
        }
        return endpoints;
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

package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/api.md mentions every path of the API: each endpoint of the resources (the endpoints the
 * OpenAPI document lists, AuthorizationMatrixTest keeps the two equal) needs its path, parameters
 * named as one likes, written in docs/api.md as {@code /api/...}.
 */
class ApiDocsTest {

    private static final Pattern API_PATH = Pattern.compile("/api/[A-Za-z0-9{}_.\\-/…]*");

    @Test
    void docsApiMentionsEveryPathOfTheApi() throws Exception {
        var mentioned = mentioned(Files.readString(Path.of("docs/api.md")));
        var missing = new TreeSet<String>();
        ResourceEndpoints.of(ResourceEndpoints.class.getClassLoader()).stream().map(e -> e.substring(e.indexOf(' ') + 1))
                .filter(path -> !mentioned.contains(path)).forEach(missing::add);
        assertEquals(Set.of(), missing, "paths of the API that docs/api.md does not mention");
    }

    @Test
    void readsPathsWithNamedParametersOutOfTheProse() {
        assertEquals(Set.of("/api/routes/{}/{}/notes", "/api/stories", "/api/follow", "/api/follow/{}"),
                mentioned("| `POST /api/routes/{storyId}/{organisationId}/notes` | `GET /api/stories?q=…`, `/api/follow/…`, then /api/follow/{token}."));
        assertTrue(mentioned("`GET /api/stories/{id}`").contains("/api/stories/{}"));
    }

    /** Each /api/... path in the text, without a query, a trailing "…" or full stop, parameters unnamed. */
    static Set<String> mentioned(String text) {
        var paths = new TreeSet<String>();
        API_PATH.matcher(text).results().map(m -> m.group().replaceAll("[/.…]+$", "")).map(AuthorizationMatrix::template)
                .forEach(paths::add);
        return paths;
    }
}

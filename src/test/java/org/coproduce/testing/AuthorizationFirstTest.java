package org.coproduce.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.problems.CheckedAfterAccess;
import org.junit.jupiter.api.Test;

/**
 * Authorization before validation (docs/security.md): JAX-RS reads and validates a body before the
 * resource method runs, so a method whose right depends on the organisation of the thing it
 * writes must take its body unchecked ({@link CheckedAfterAccess}) and judge it after the right.
 * AuthorizationMatrixJourneys proves the answers; this finds a new endpoint that forgets it.
 */
class AuthorizationFirstTest {

    /** Roles whose right depends on the organisation: their bodies are judged after it. */
    private static final Set<String> BY_ORGANISATION = Set.of(Role.RESPONDER, Role.QUALITY_MANAGER);

    /** Bodies about the caller's own account, or bodies that are refused by role alone; none names an organisation. */
    private static final Set<String> OWN = Set.of("OwnAccountResource.changePassword", "OwnAccountResource.chooseLanguage",
            "SecondFactorsResource.confirm", "SecondFactorsResource.remove");


    @Test
    void everyBodyOfAnOrganisationsThingIsJudgedAfterTheRight() throws Exception {
        var unchecked = new ArrayList<String>();
        var withBody = new java.util.HashSet<String>();
        for (Method method : resourceMethods()) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (body(method) != null) {
                withBody.add(name);
            }
            if (body(method) != null && byOrganisation(method) && !method.isAnnotationPresent(CheckedAfterAccess.class)
                    && !OWN.contains(name)) {
                unchecked.add(name);
            }
        }
        assertEquals(List.of(), unchecked, "staff endpoints with a body validated before the organisation's right is checked");
        assertTrue(withBody.containsAll(OWN), "the exceptions name endpoints with a body");
        assertTrue(withBody.containsAll(List.of("WebhooksResource.change", "ChangesResource.create")), "bodies are found");
    }

    @Test
    void aBodyJudgedAfterTheRightCarriesNoConstraintJaxRsWouldCheckFirst() throws Exception {
        var early = new ArrayList<String>();
        for (Method method : resourceMethods()) {
            if (method.isAnnotationPresent(CheckedAfterAccess.class)) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class) || parameter.isAnnotationPresent(NotNull.class)) {
                        early.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), early);
    }

    /**
     * The marker alone proves nothing: a method that takes its body unchecked must judge it. Its source (the
     * tests run in the project's folder) must hand the body parameter to {@link org.coproduce.problems.Inputs}'s
     * {@code valid} or {@code readable}; a forgotten call would accept any body.
     */
    @Test
    void everyBodyTakenUncheckedIsJudgedInTheMethod() throws Exception {
        var unjudged = new ArrayList<String>();
        int judged = 0;
        for (Method method : resourceMethods()) {
            if (!method.isAnnotationPresent(CheckedAfterAccess.class)) {
                continue;
            }
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            Parameter body = body(method);
            String source = MethodSources.body(method);
            if (body == null || source == null
                    || !Pattern.compile("\\.(valid|readable)\\(\\s*" + body.getName() + "\\s*\\)").matcher(source).find()) {
                unjudged.add(name);
            } else {
                judged++;
            }
        }
        assertEquals(List.of(), unjudged, "@CheckedAfterAccess methods that never hand their body to Inputs.valid or readable");
        assertTrue(judged >= 16, "the methods taking their body unchecked are found in the sources: " + judged);
    }

    private static List<Method> resourceMethods() throws Exception {
        var methods = new ArrayList<Method>();
        for (var type : ResourceEndpoints.resources(AuthorizationFirstTest.class.getClassLoader())) {
            Arrays.stream(type.getDeclaredMethods()).filter(ResourceEndpoints::answers).forEach(methods::add);
        }
        return methods;
    }

    private static boolean byOrganisation(Method method) {
        Allowed allowed = method.isAnnotationPresent(Allowed.class) ? method.getAnnotation(Allowed.class)
                : method.getDeclaringClass().getAnnotation(Allowed.class);
        return allowed != null && Arrays.stream(allowed.value()).anyMatch(BY_ORGANISATION::contains);
    }

    /** The entity parameter: the one without a JAX-RS annotation. */
    private static Parameter body(Method method) {
        var sources = List.of(PathParam.class, QueryParam.class, HeaderParam.class, CookieParam.class, FormParam.class,
                MatrixParam.class, BeanParam.class, Context.class);
        return Arrays.stream(method.getParameters()).filter(p -> sources.stream().noneMatch(p::isAnnotationPresent))
                .findFirst().orElse(null);
    }
}

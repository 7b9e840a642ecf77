package org.coproduce.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * An EntityManager for unit tests of rules that read entities: find by id, and "select x from X x"
 * queries answered with all entities of that class. Anything else fails loudly.
 */
public final class InMemoryEntityManager {

    private final List<Object> entities = new ArrayList<>();

    public InMemoryEntityManager add(Object... more) {
        entities.addAll(List.of(more));
        return this;
    }

    public EntityManager proxy() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> entities.stream().filter(e -> ((Class<?>) args[0]).isInstance(e)
                            && args[1].equals(Fields.get(e, "id"))).findFirst().orElse(null);
                    case "createQuery" -> allOf((Class<?>) args[1]);
                    default -> throw new UnsupportedOperationException("EntityManager." + method.getName());
                });
    }

    private TypedQuery<?> allOf(Class<?> type) {
        var all = entities.stream().filter(type::isInstance).toList();
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResultList" -> all;
                    case "getResultStream" -> all.stream();
                    default -> throw new UnsupportedOperationException("TypedQuery." + method.getName());
                });
    }
}

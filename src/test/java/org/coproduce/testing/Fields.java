package org.coproduce.testing;

import java.lang.reflect.Field;

/** Sets what JPA would set (ids, versions) on entities built in unit tests. */
public final class Fields {

    private Fields() {
    }

    public static <T> T set(T object, String name, Object value) {
        try {
            field(object.getClass(), name).set(object, value);
            return object;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T withId(T entity, long id) {
        return set(entity, "id", id);
    }

    public static Object get(Object object, String name) {
        try {
            return field(object.getClass(), name).get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException(type + " has no field " + name);
    }
}

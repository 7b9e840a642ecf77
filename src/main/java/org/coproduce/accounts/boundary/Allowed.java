package org.coproduce.accounts.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a resource method, enforced by {@link AccessControl}. Our own
 * annotation rather than {@code @Allowed}: Payara enforces that one against the container's
 * security context, which our database-backed login does not use.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    String[] value();
}

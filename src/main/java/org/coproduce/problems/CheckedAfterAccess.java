package org.coproduce.problems;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method whose caller's right depends on the thing it addresses (an organisation's
 * webhook, a change, a route): its body is judged only after that right. JAX-RS reads and
 * validates a body before the method runs, so whoever may not touch the thing would hear 400
 * naming the fields instead of 403 (docs/security.md, "Authorization before validation").
 * Such a method takes its body without {@code @Valid}/{@code @NotNull}; a body that is not JSON
 * of its shape is held back ({@link HeldBackBody}) and the method passes the body through
 * {@link Inputs#valid} once the right is checked.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CheckedAfterAccess {
}

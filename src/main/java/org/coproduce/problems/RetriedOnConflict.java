package org.coproduce.problems;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request whose transaction the database picked as a deadlock victim (or whose lock wait
 * timed out) runs again, in a new transaction, before the caller hears of it: see
 * {@link ConflictRetry}. Goes beside {@code @Transactional} on the resources.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}

package org.coproduce.platform;

import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of a list, as one {@code @BeanParam}: text, so
 * that "abc" is a 400 naming the parameter ({@link Paging}). Payara's OpenAPI reads no field of a
 * {@code @BeanParam}, so each list still describes them with its {@code @Parameter} annotations.
 */
public class PageParameters {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** Page 1 and 20 items when absent; 400 naming the parameter when not a whole number in range. */
    public Paging paging() {
        return Paging.of(page, size);
    }
}

package org.coproduce.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * A port for a page that others may frame (the embeddable widget): the origins allowed to frame
 * the answer to this request, empty for every other request, which keeps {@code frame-ancestors 'none'}.
 */
public interface FramePolicy {

    List<String> frameAncestors(HttpServletRequest request);

    /**
     * Whether this request is for a page whose framing the policy decides: its answer must not be
     * reused from a cache, or a browser would keep refusing (or allowing) a frame after the origins changed.
     */
    boolean decides(HttpServletRequest request);
}

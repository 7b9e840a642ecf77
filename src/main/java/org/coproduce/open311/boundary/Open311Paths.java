package org.coproduce.open311.boundary;

import jakarta.servlet.annotation.WebFilter;
import org.coproduce.platform.ApiForward;

/**
 * The public Open311 addresses, {@code /open311/v2/…}, where civic apps expect them, answered by
 * {@link GeoReportResource} under {@code /api/open311/v2/…} (as {@code following.boundary.FeedPaths} does for feeds).
 * The body limit and no-store filters of {@code /api/*} run on the forwarded request too.
 */
@WebFilter("/open311/*")
public class Open311Paths extends ApiForward {
}

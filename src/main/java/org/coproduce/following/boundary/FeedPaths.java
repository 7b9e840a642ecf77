package org.coproduce.following.boundary;

import jakarta.servlet.annotation.WebFilter;
import org.coproduce.platform.ApiForward;

/** The feeds' public addresses, {@code /feeds/…}, answered by {@link FeedsResource} under {@code /api/feeds/…}. */
@WebFilter("/feeds/*")
public class FeedPaths extends ApiForward {
}

package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.accounts.control.SecurityEventFilter;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;

/** Admins read the security log, newest first, filtered by kind, account (actor or subject) and time. */
@Path("admin/security-events")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventsResource {

    @Inject
    SecurityLog log;

    @GET
    @Allowed(Role.ADMIN)
    public Page<SecurityEventView> list(@QueryParam("kind") String kind, @QueryParam("account") String account,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        var filter = SecurityEventFilter.of(kind, account, from, to);
        return log.find(filter, Paging.of(page, size)).map(SecurityEventView::of);
    }
}

package org.coproduce.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.problems.NotFound;

/** The installation's notices for the public pages (privacy.html, terms.html …); anyone may read them. */
@Path("notices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    @GET
    @Path("{name}")
    public Notices.Notice notice(@PathParam("name") String name, @QueryParam("lang") String language) {
        return Notices.find(name, language).orElseThrow(() -> new NotFound("notice", name));
    }
}

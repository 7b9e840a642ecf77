package org.coproduce.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the pages need to know about this installation: the map's tile server. */
@Path("config")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebConfigResource {

    @GET
    public Tiles config() {
        return Tiles.configured();
    }
}

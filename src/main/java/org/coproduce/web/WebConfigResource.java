package org.coproduce.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the pages need to know about this installation: the map's tile server. */
@Path("config")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site")
public class WebConfigResource {

    @GET
    @Operation(operationId = "getSiteConfig", summary = "The map tiles the pages load (URL template and attribution)")
    public Tiles config() {
        return Tiles.configured();
    }
}

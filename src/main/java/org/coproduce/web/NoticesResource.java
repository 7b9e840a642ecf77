package org.coproduce.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.coproduce.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The installation's notices for the public pages (privacy.html, terms.html …); anyone may read them. */
@Path("notices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "site")
public class NoticesResource {

    @GET
    @Path("{name}")
    @Operation(operationId = "getNotice",
            summary = "A notice (privacy, terms, moderation, accessibility, imprint) of this installation, in a language")
    @Parameter(name = "name", in = ParameterIn.PATH, description = "Which notice",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"privacy", "terms", "moderation", "accessibility", "imprint"}))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "Its language (default: from Accept-Language)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "de"}))
    public Notices.Notice notice(@PathParam("name") String name, @QueryParam("lang") String language) {
        return Notices.find(name, language).orElseThrow(() -> new NotFound("notice", name));
    }
}

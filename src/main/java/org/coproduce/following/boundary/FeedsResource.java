package org.coproduce.following.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.coproduce.following.control.Feeds;
import org.coproduce.following.entity.Target;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom feeds (RFC 4287) of the stories published about a service, an organisation (and those under
 * it), a theme or an area, newest first, each with its published responses; also served as
 * {@code /feeds/…} ({@link FeedPaths}). {@code lang=de} gives German theme names and labels.
 */
@Path("feeds")
@RequestScoped
@Transactional
@Tag(name = "following")
public class FeedsResource {

    @Inject
    Feeds feeds;

    @GET
    @Path("services/{id}")
    @Operation(operationId = "getServiceFeed", summary = "Atom feed of the stories published about a service")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The service's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "de: German labels and theme names (anything else: English)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "de"}))
    public Response service(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return feed(Target.Kind.SERVICE, id, "service", lang);
    }

    @GET
    @Path("organisations/{id}")
    @Operation(operationId = "getOrganisationFeed", summary = "Atom feed of the stories published about an organisation and those under it")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The organisation's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "de: German labels and theme names (anything else: English)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "de"}))
    public Response organisation(@PathParam("id") String id, @QueryParam("lang") String lang) {
        return feed(Target.Kind.ORGANISATION, id, "organisation", lang);
    }

    @GET
    @Path("themes/{code}")
    @Operation(operationId = "getThemeFeed", summary = "Atom feed of the stories published with a theme")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The theme's code (GET /api/themes)", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "de: German labels and theme names (anything else: English)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "de"}))
    public Response theme(@PathParam("code") String code, @QueryParam("lang") String lang) {
        return feed(Target.Kind.THEME, code, "theme", lang);
    }

    /** {@code bbox=minLng,minLat,maxLng,maxLat}: stories whose public (coarsened) point lies in the box. */
    @GET
    @Path("area")
    @Operation(operationId = "getAreaFeed", summary = "Atom feed of the stories published in an area")
    @Parameter(name = "bbox", in = ParameterIn.QUERY,
            description = "The area, \"minLng,minLat,maxLng,maxLat\" (decimal degrees); a bad box is 400 naming bbox",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "de: German labels and theme names (anything else: English)",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "de"}))
    public Response area(@QueryParam("bbox") String bbox, @QueryParam("lang") String lang) {
        var target = Target.of(Target.Kind.AREA, bbox)
                .orElseThrow(() -> new InvalidInput("bbox", org.coproduce.stories.control.StoryFilter.Area.REFUSED));
        return atom(feeds.atom(target, language(lang)).orElseThrow());
    }

    private Response feed(Target.Kind kind, String key, String what, String lang) {
        return atom(Target.of(kind, key).flatMap(t -> feeds.atom(t, language(lang))).orElseThrow(() -> new NotFound(what, key)));
    }

    /** Atom whatever the client accepts (feed readers send all sorts of Accept headers). */
    private static Response atom(String xml) {
        return Response.ok(xml, Feeds.ATOM).build();
    }

    private static String language(String lang) {
        return Optional.ofNullable(lang).filter("de"::equals).orElse("en");
    }
}

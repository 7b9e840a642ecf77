package org.coproduce.stories.boundary;

import static org.coproduce.platform.Texts.present;
import static org.coproduce.stories.boundary.QueryParameters.serviceIds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.coproduce.platform.MapGrid;
import org.coproduce.problems.InvalidInput;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.control.StoryFilter;
import org.coproduce.stories.control.StoryMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public map of published stories: clusters by zoom and viewport, points at close zoom (docs/api.md, "Map"). */
@Path("map")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class MapResource {

    /** The closest zoom asked for; Leaflet's tiles go to 19. */
    static final int MAX_ZOOM = MapGrid.MAX_ZOOM;

    @Inject
    StoryMap map;

    @Inject
    Directory directory;

    @GET
    @Operation(operationId = "showStoryMap",
            summary = "Published stories in a viewport: clusters with counts, or points at close zoom")
    @Parameters({
        @Parameter(name = "bbox", in = ParameterIn.QUERY, required = true,
                description = "The viewport, \"minLng,minLat,maxLng,maxLat\" (decimal degrees, longitudes -180 to 180, latitudes"
                        + " -90 to 90, min not above max); a bad box is 400 naming bbox",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "zoom", in = ParameterIn.QUERY, required = true,
                description = "The map's zoom level, 0 to 22: it sets the cluster grid (a cell is 1/4 of a 256-pixel tile);"
                        + " from 14 on the answer lists points instead of clusters",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Only stories with this theme (its code, GET /api/themes)",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "service", in = ParameterIn.QUERY, description = "Only stories about this service (its id)",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "organisation", in = ParameterIn.QUERY,
                description = "Only stories about the services of this organisation and those under it (its id)",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "from", in = ParameterIn.QUERY, description = "Published on or after this day (UTC)",
                schema = @Schema(type = SchemaType.STRING, format = "date")),
        @Parameter(name = "to", in = ParameterIn.QUERY, description = "Published on or before this day (UTC)",
                schema = @Schema(type = SchemaType.STRING, format = "date"))
    })
    public StoryMap.View show(@QueryParam("bbox") String bbox, @QueryParam("zoom") String zoom, @QueryParam("theme") String theme,
            @QueryParam("service") String service, @QueryParam("organisation") String organisation,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        var area = area(bbox);
        int level = zoom(zoom);
        var dates = DateRange.of(from, to);
        var filter = new StoryFilter(serviceIds(directory, service, organisation), present(theme), Optional.empty(), Optional.empty(),
                dates.from(), dates.to(), Optional.of(area));
        return map.view(filter, level);
    }

    /** {@code minLng,minLat,maxLng,maxLat} ({@link StoryFilter.Area#parse}). */
    static StoryFilter.Area area(String bbox) {
        present(bbox).orElseThrow(() -> new InvalidInput("bbox", "is required: minLng,minLat,maxLng,maxLat"));
        return StoryFilter.Area.parse(bbox).orElseThrow(() -> new InvalidInput("bbox", StoryFilter.Area.REFUSED));
    }

    static int zoom(String zoom) {
        return MapGrid.zoom(zoom);
    }
}

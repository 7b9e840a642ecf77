package org.coproduce.open311.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.open311.control.ApiKeys;
import org.coproduce.open311.control.ServiceTypes;
import org.coproduce.platform.Languages;
import org.coproduce.platform.Settings;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Open311 GeoReport v2 (docs/open311.md), at {@code /open311/v2/…} ({@link Open311Paths}) and under /api: the
 * format is the path's suffix ({@code services.json}, {@code requests/12.xml}), whatever the client's Accept header
 * says. Errors are the specification's {@code errors} array ({@link GeoReportErrors}).
 */
@Path("open311/v2")
@RequestScoped
@Transactional
@RetriedOnConflict
@Tag(name = "open311")
public class GeoReportResource {

    static final String JSON = "application/json; charset=utf-8";
    static final String XML = "text/xml; charset=utf-8";

    @Inject
    ServiceTypes types;

    @Inject
    ApiKeys keys;

    @Inject
    RequestIntake intake;

    @Inject
    RequestViews views;

    @Inject
    RequestSearch search;

    @Context
    HttpHeaders headers;

    @GET
    @Path("services.{format: json|xml}")
    @Produces({JSON, XML, MediaType.WILDCARD})
    @Operation(operationId = "listOpen311Services", summary = "Open311 service types (the directory's services and the categories)")
    @Parameter(name = "format", in = ParameterIn.PATH, description = FORMAT,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xml"}))
    @Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, description = JURISDICTION, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "400", description = ERRORS)
    public Response services(@PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        checkJurisdiction(jurisdiction);
        var items = types.all(Languages.preferred(headers)).stream().map(t -> {
            var fields = new LinkedHashMap<String, Object>();
            fields.put("service_code", t.code());
            fields.put("service_name", t.name());
            fields.put("description", t.description());
            fields.put("metadata", false);
            fields.put("type", "realtime");
            fields.put("keywords", t.keywords());
            fields.put("group", t.group());
            return (Map<String, Object>) fields;
        }).toList();
        return Format.named(format).answer(200, "services", "service", items);
    }

    @POST
    @Path("requests.{format: json|xml}")
    @Produces({JSON, XML, MediaType.WILDCARD})
    @Operation(operationId = "postOpen311Request", summary = "Posts an Open311 service request (api_key needed): told as a story, moderated")
    @Parameters(@Parameter(name = "format", in = ParameterIn.PATH, description = FORMAT,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xml"})))
    @RequestBody(description = POST_BODY, content = @Content(mediaType = "application/x-www-form-urlencoded",
            examples = @ExampleObject(name = "aboutAService", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "No valid api_key: the specification's errors array")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Response post(@PathParam("format") String format, String body) {
        var form = FormBody.parse(body);
        checkJurisdiction(form.get("jurisdiction_id"));
        var key = keys.valid(form.get("api_key"))
                .orElseThrow(() -> new Forbidden("Missing or invalid api_key: ask the administrators of this site for a key."));
        long id = intake.tell(form, key, Languages.stated(headers));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("service_request_id", String.valueOf(id));
        answer.put("service_notice", "de".equals(Languages.preferred(headers))
                ? "Erhalten. Jeder Bericht wird vor der Veröffentlichung moderiert."
                : "Received. Every report is checked by a moderator before it is published.");
        answer.put("account_id", null);
        return Format.named(format).answer(200, "service_requests", "request", List.of(answer));
    }

    @GET
    @Path("requests.{format: json|xml}")
    @Produces({JSON, XML, MediaType.WILDCARD})
    @Operation(operationId = "listOpen311Requests", summary = "Open311 service requests: published stories, newest first")
    @Parameter(name = "format", in = ParameterIn.PATH, description = FORMAT,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xml"}))
    @Parameter(name = "service_request_id", in = ParameterIn.QUERY, description = IDS, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "service_code", in = ParameterIn.QUERY, description = CODES, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "start_date", in = ParameterIn.QUERY, description = START, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "end_date", in = ParameterIn.QUERY, description = END, schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = STATUS, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, description = JURISDICTION, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "400", description = ERRORS)
    public Response requests(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
            @QueryParam("service_code") String codes, @QueryParam("start_date") String start, @QueryParam("end_date") String end,
            @QueryParam("status") String status, @QueryParam("jurisdiction_id") String jurisdiction) {
        checkJurisdiction(jurisdiction);
        var query = new RequestSearch.Query(ids, codes, start, end, status);
        return Format.named(format).answer(200, "service_requests", "request", search.find(query, Languages.preferred(headers)));
    }

    @GET
    @Path("requests/{id}.{format: json|xml}")
    @Produces({JSON, XML, MediaType.WILDCARD})
    @Operation(operationId = "getOpen311Request", summary = "One Open311 service request and its status")
    @Parameter(name = "id", in = ParameterIn.PATH, description = ID, schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "format", in = ParameterIn.PATH, description = FORMAT,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "xml"}))
    @Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, description = JURISDICTION, schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "404", description = "No such request (or withdrawn): the specification's errors array")
    @APIResponse(responseCode = "400", description = ERRORS)
    public Response request(@PathParam("id") String id, @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdiction) {
        checkJurisdiction(jurisdiction);
        var view = views.find(id, Languages.preferred(headers)).orElseThrow(() -> new NotFound("service request", id));
        return Format.named(format).answer(200, "service_requests", "request", List.of(view));
    }

    /** One jurisdiction: any jurisdiction_id is accepted unless COPRODUCE_OPEN311_JURISDICTION names it, then only that one. */
    private static void checkJurisdiction(String given) {
        var ours = Settings.get("COPRODUCE_OPEN311_JURISDICTION");
        if (given != null && !given.isBlank() && ours.isPresent() && !ours.get().equalsIgnoreCase(given.strip())) {
            throw new NotFound("jurisdiction", given);
        }
    }

    static final String FORMAT = "json (application/json) or xml (text/xml), whatever the Accept header says; errors come in it too";
    static final String ERRORS = "The specification's errors array, [{code, description}] (XML <errors><error>), a description per"
            + " invalid field, starting with its name";
    static final String JURISDICTION = "Accepted and ignored (one jurisdiction), unless COPRODUCE_OPEN311_JURISDICTION is set: then another is 404";
    static final String POST_BODY = "Form fields of the specification: api_key, service_code, lat and long or address_string, description,"
            + " email (optional: the follow link is e-mailed; never shown); first_name, last_name, phone, device_id, account_id and"
            + " media_url are accepted and not kept (device_id only counts towards the hourly limit)";
    static final String EXAMPLE = "api_key=o311_…&service_code=12&description=The+lift+at+the+entrance+is+broken&lat=53.80&long=-1.55";
    static final String IDS = "Comma-separated request ids (any state, as GET requests/{id} answers them); overrides the other arguments";
    static final String CODES = "Comma-separated service codes (GET services)";
    static final String START = "Published at or after (W3C date-time with offset); default: 90 days before end_date";
    static final String END = "Published at or before (W3C date-time with offset); default now; at most 90 days after start_date";
    static final String STATUS = "open, closed, or both comma-separated (default: both)";
    static final String ID = "The service request's id (the story's number)";
}

package org.coproduce.stories.boundary;

import static org.coproduce.platform.Texts.present;
import static org.coproduce.stories.boundary.QueryParameters.serviceIds;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.coproduce.platform.Digests;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Languages;
import org.coproduce.platform.PageParameters;
import org.coproduce.platform.Paging;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.problems.ValidationErrors;
import org.coproduce.problems.Violation;
import org.coproduce.providers.control.Directory;
import org.coproduce.stories.control.Clients;
import org.coproduce.stories.control.MeTooContacts;
import org.coproduce.stories.control.Reactions;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.control.StoryCursor;
import org.coproduce.stories.control.StoryFilter;
import org.coproduce.stories.control.StorySearch;
import org.coproduce.stories.control.Storytelling;
import org.coproduce.stories.entity.Relation;
import org.coproduce.stories.entity.Story;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stories")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "stories")
public class StoriesResource {

    /** Thread-safe and costly to create: one for all requests. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The most places one answer lists: a map with more points than this is unreadable anyway. */
    static final int PLACES_MAX = 2_000;

    @Inject
    Storytelling storytelling;

    @Inject
    Stories stories;

    @Inject
    StorySearch search;

    @Inject
    StoryViews views;

    @Inject
    Directory directory;

    @Inject
    Clients clients;

    @Inject
    Reactions reactions;

    @Inject
    MeTooContacts meTooContacts;

    @Inject
    Clock clock;

    /** Checks the submission here rather than before the call, so its rules' findings join Bean Validation's. */
    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** Stored, with its analysis queued, before the answer: 202 means it will not be lost. */
    @POST
    @Operation(operationId = "tellStory", summary = "Tells a story (no account); it is published after moderation")
    @Parameters(@Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
            description = "Sent again with the same key (1 to 100 characters): the first answer again",
            schema = @Schema(type = SchemaType.STRING)))
    @RequestBody(description = "The story as the form tells it: services (or a category and a place), relation, month, title, text",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "aboutAService", value = """
                    {"serviceIds": [3], "relation": "SERVICE_USER", "happened": "2026-09", "title": "Six hours in A&E",
                     "story": "I waited six hours in the emergency department.", "improve": "Shorter waits",
                     "email": "teller@example.org", "trainingConsent": true}""")))
    public Response tell(@NotNull StorySubmission submission, @HeaderParam("Idempotency-Key") String key) {
        if (key != null && (key.isBlank() || key.length() > 100)) {
            throw new InvalidInput("Idempotency-Key", "must be 1 to 100 characters");
        }
        var constraints = validator.validate(submission).stream()
                .map(v -> new Violation(ValidationErrors.field(v), v.getMessage())).toList();
        var checked = Submissions.check(submission, constraints, id -> directory.service(id).filter(s -> !s.retired()).isPresent(), clock,
                Languages.stated(headers));
        String requestHash = Digests.sha256(JSONB.toJson(submission));
        var received = storytelling.tell(checked.text(), checked.context(),
                new Storytelling.Submission(key, requestHash, clients.hash(request)));
        var body = new StoryAcknowledgement(received.id(), received.followToken(), "/follow.html#" + received.followToken());
        return Response.accepted(body).build();
    }

    /** Newest first, or by relevance when searching; pages by {@code after=} (docs/search.md). */
    @GET
    @Operation(operationId = "listStories", summary = "Published stories, newest first or by relevance")
    @Parameter(name = "service", in = ParameterIn.QUERY, description = "A service's id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "organisation", in = ParameterIn.QUERY,
            description = "An organisation's id (its services and those of the organisations under it)",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "theme", in = ParameterIn.QUERY, description = "Only stories with this theme (its code, GET /api/themes)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "relation", in = ParameterIn.QUERY, description = "Only stories told in this relation to the service",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"SERVICE_USER", "CARER", "RELATIVE", "STAFF", "OTHER"}))
    @Parameter(name = "q", in = ParameterIn.QUERY,
            description = "Words of the title or text (English and German stems), or a story number (#123 or 123)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Published on or after this day (UTC)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Published on or before this day (UTC)",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "The cursor of the next page (the previous answer's next)",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, 1 to 100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER))
    public StoryList list(@QueryParam("service") String service, @QueryParam("organisation") String organisation,
            @QueryParam("theme") String theme, @QueryParam("relation") String relation, @QueryParam("q") String q,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("after") String after,
            @BeanParam PageParameters pages) {
        var dates = DateRange.of(from, to);
        var filter = new StoryFilter(serviceIds(directory, service, organisation), present(theme),
                present(relation).map(StoriesResource::relation), present(q), dates.from(), dates.to());
        var cursor = present(after).map(StoryCursor::parse);
        var paging = pages.paging();
        if (cursor.isPresent() && paging.page() > 1) {
            throw new InvalidInput("page", "cannot be combined with after");
        }
        if (paging.offset() + paging.size() > StorySearch.COUNTED) {
            throw new InvalidInput("page", "reaches only the first 1000 stories; page further with after");
        }
        String language = language();
        var found = search.find(filter, cursor, paging.offset(), paging.size());
        return new StoryList(found.items().stream().map(s -> views.published(s, false, language)).toList(),
                Math.min(found.counted(), StorySearch.COUNTED), found.counted() > StorySearch.COUNTED,
                found.next().map(StoryCursor::text).orElse(null), paging.page(), paging.size());
    }

    /** Where published stories were told: how many have a place and how many not, and the newest places for the map. */
    @GET
    @Path("places")
    @Operation(operationId = "listStoryPlaces", summary = "Where published stories were told, for the map")
    @Parameters(@Parameter(name = "size", in = ParameterIn.QUERY,
            description = "How many places, 0 to 2000 (default 2000; 0: only the counts)",
            schema = @Schema(type = SchemaType.INTEGER)))
    public Stories.Places places(@QueryParam("size") String size) {
        return stories.publishedPlaces(Paging.whole("size", size, PLACES_MAX, 0, PLACES_MAX));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStory", summary = "One published story with its responses")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public PublishedStoryView get(@PathParam("id") String id) {
        return views.published(find(id), true, language());
    }

    /** "I've experienced this too": counted once per client. */
    @POST
    @Path("{id}/me-too")
    @Operation(operationId = "meToo", summary = "\"I've experienced this too\" (counted once per client)")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public Map<String, Object> meToo(@PathParam("id") String id) {
        Story story = find(id);
        boolean counted = reactions.once("STORY", story.id(), clients.hash(request));
        if (counted) {
            story.meToo();
        }
        return Map.of("meToo", story.meTooCount(), "counted", counted);
    }

    /** "Tell me whether a change made a difference": an address kept only to ask that, never shown. */
    @POST
    @Path("{id}/me-too/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMeTooContact",
            summary = "Asks to be told by e-mail whether a change answering the story made a difference")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The story's number", schema = @Schema(type = SchemaType.INTEGER)))
    public Response meTooContact(@PathParam("id") String id, @Valid @NotNull MeTooContact contact) {
        meTooContacts.add(find(id).id(), contact.email(), Languages.stated(headers));
        return Response.accepted(Map.of("kept", true)).build();
    }

    public record MeTooContact(@NotBlank @Email @Size(max = 254) String email) {
    }

    private Story find(String id) {
        return Ids.parse(id).flatMap(stories::published).orElseThrow(() -> new NotFound("story", id));
    }

    private static Relation relation(String text) {
        try {
            return Relation.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("relation", "must be one of SERVICE_USER, CARER, RELATIVE, STAFF, OTHER");
        }
    }

    private String language() {
        return Languages.preferred(headers);
    }
}

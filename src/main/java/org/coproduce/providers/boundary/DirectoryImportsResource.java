package org.coproduce.providers.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.providers.control.DirectoryImports;
import org.coproduce.providers.entity.DirectoryImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins import the directory from another register's CSV file: a preview first (nothing in the
 * directory changes), then apply, in one transaction. docs/directory-import.md.
 */
@Path("admin/directory/imports")
@RequestScoped
@Transactional
@RetriedOnConflict
@Allowed(Role.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "providers")
public class DirectoryImportsResource {

    @Inject
    DirectoryImports imports;

    @Inject
    Caller caller;

    /** The file as the request body ({@code text/csv}), its name optionally as {@code ?fileName=}. */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "previewDirectoryImport", summary = "Uploads another register's CSV file and previews its import; nothing changes yet")
    @Parameters(@Parameter(name = "fileName", in = ParameterIn.QUERY, description = "The file's name, kept with the import (at most 200 characters)",
            schema = @Schema(type = SchemaType.STRING)))
    @RequestBody(description = "The CSV file itself (text/csv, UTF-8; docs/directory-import.md)")
    public Response preview(String csv, @QueryParam("fileName") String fileName, @Context UriInfo uri) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInput("file", "must not be blank");
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.strip();
        if (name != null && name.length() > 200) {
            throw new InvalidInput("fileName", "size must be between 0 and 200");
        }
        var previewed = imports.preview(name, csv, caller.known() ? caller.id() : null);
        return Response.created(uri.getAbsolutePathBuilder().path(previewed.upload().id().toString()).build())
                .entity(ImportView.of(previewed)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDirectoryImport", summary = "An import, its lines planned again against the directory as it is now")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The directory import's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public ImportView get(@PathParam("id") String id) {
        var upload = find(id);
        return ImportView.of(new DirectoryImports.Previewed(upload, imports.plan(upload.content())));
    }

    @POST
    @Path("{id}/apply")
    @Operation(operationId = "applyDirectoryImport", summary = "Applies an import to the directory in one transaction")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH, description = "The directory import's id",
            schema = @Schema(type = SchemaType.INTEGER)))
    public ImportView apply(@PathParam("id") String id) {
        return ImportView.of(imports.apply(find(id)));
    }

    private DirectoryImport find(String id) {
        return Ids.parse(id).flatMap(imports::find).orElseThrow(() -> new NotFound("directory import", id));
    }
}

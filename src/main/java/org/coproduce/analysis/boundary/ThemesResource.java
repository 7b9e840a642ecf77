package org.coproduce.analysis.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.coproduce.analysis.control.TaxonomyNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The theme taxonomy: stable codes, category → theme, English and German labels. */
@Path("themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analysis")
public class ThemesResource {

    @Inject
    TaxonomyNames names;

    @GET
    @Operation(operationId = "listThemes", summary = "The themes stories are tagged with, labelled in English and German")
    public List<ThemeView> all() {
        return names.taxonomy().themes().stream().map(t -> new ThemeView(t.code(), t.categoryCode(),
                Map.of("en", t.labelEn(), "de", t.labelDe()), Map.of("en", t.categoryEn(), "de", t.categoryDe()))).toList();
    }

    public record ThemeView(String code, String category, Map<String, String> label, Map<String, String> categoryLabel) {
    }
}

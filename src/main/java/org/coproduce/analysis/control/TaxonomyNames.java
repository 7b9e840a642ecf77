package org.coproduce.analysis.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.coproduce.analysis.engine.Taxonomy;
import org.coproduce.analysis.entity.Language;
import org.coproduce.stories.control.ThemeNames;

/** Theme labels for the story views, from the taxonomy. */
@ApplicationScoped
public class TaxonomyNames implements ThemeNames {

    private final Taxonomy taxonomy = new Taxonomy();

    @Override
    public Names of(String code, String language) {
        Language lang = "de".equals(language) ? Language.DE : Language.EN;
        return taxonomy.theme(code).map(t -> new Names(t.label(lang), t.category(lang))).orElse(null);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }
}

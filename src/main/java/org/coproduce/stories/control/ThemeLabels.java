package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** Theme labels in a language, from the taxonomy when one is deployed; the code itself otherwise. */
@ApplicationScoped
public class ThemeLabels {

    @Inject
    Instance<ThemeNames> themeNames;

    public Optional<ThemeNames.Names> of(String code, String language) {
        return themeNames.isResolvable() ? Optional.ofNullable(themeNames.get().of(code, language)) : Optional.empty();
    }

    public String label(String code, String language) {
        return of(code, language).map(ThemeNames.Names::label).orElse(code);
    }
}

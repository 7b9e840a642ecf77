package org.coproduce.open311.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Paging;
import org.coproduce.providers.control.Directory;
import org.coproduce.providers.control.ServiceSearch;
import org.coproduce.providers.entity.Service;
import org.coproduce.providers.entity.ServiceCategory;

/**
 * The Open311 service list: every service of the directory still offered (code: its id; group: its category;
 * keywords: its organisation and city), then the five categories (code: the category's name; group
 * {@value ServiceType#CATEGORY_GROUP}). Barrier reports will add their categories here (docs/open311.md).
 */
@ApplicationScoped
public class ServiceTypes {

    static final int CHUNK = 100;

    private static final Map<ServiceCategory, String[]> CATEGORY_NAMES = Map.of(
            ServiceCategory.HEALTH, new String[] {"Health", "Gesundheit"},
            ServiceCategory.SOCIAL_CARE, new String[] {"Social care", "Pflege und Sozialdienste"},
            ServiceCategory.DISABILITY_SUPPORT, new String[] {"Disability support", "Unterstützung bei Behinderung"},
            ServiceCategory.HOUSING, new String[] {"Housing", "Wohnen"},
            ServiceCategory.COMMUNITY, new String[] {"Community", "Gemeinwesen"});

    @Inject
    Directory directory;

    /** Every type, directory services first (by name), in the language ("de" or else English). */
    public List<ServiceType> all(String language) {
        var types = new ArrayList<ServiceType>();
        var search = new ServiceSearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        for (int page = 1; ; page++) {
            var found = directory.services(search, new Paging(page, CHUNK));
            found.items().forEach(s -> types.add(of(s, language)));
            if (found.items().size() < CHUNK) {
                break;
            }
        }
        Arrays.stream(ServiceCategory.values()).forEach(c -> types.add(of(c, language)));
        return types;
    }

    /** The type of the code: a directory service still offered, or a category named exactly. */
    public Optional<ServiceType> find(String code, String language) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = code.strip();
        if (wanted.chars().allMatch(Character::isDigit)) {
            return Ids.parse(wanted).flatMap(directory::service).filter(s -> !s.retired()).map(s -> of(s, language));
        }
        return Arrays.stream(ServiceCategory.values()).filter(c -> c.name().equals(wanted)).findFirst().map(c -> of(c, language));
    }

    /** The type a story is about: its first service, else its category. */
    public Optional<ServiceType> ofStory(List<Long> serviceIds, String category, String language) {
        var service = serviceIds.stream().sorted().map(directory::service).flatMap(Optional::stream).findFirst();
        if (service.isPresent()) {
            return service.map(s -> of(s, language));
        }
        return ServiceCategory.parse(category).map(c -> of(c, language));
    }

    static ServiceType of(Service s, String language) {
        String keywords = Stream.of(s.organisation().name(), s.city()).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining(", "));
        return new ServiceType(String.valueOf(s.id()), s.name(), s.description(), s.category().name(), keywords, Optional.of(s.id()),
                Optional.of(s.category()));
    }

    static ServiceType of(ServiceCategory c, String language) {
        String name = CATEGORY_NAMES.get(c)["de".equals(language) ? 1 : 0];
        String description = "de".equals(language)
                ? "Ein Dienst dieser Art am angegebenen Ort, wenn Sie den Dienst nicht kennen (lat und long nötig)"
                : "A service of this kind at the place given, when you do not know the service (lat and long needed)";
        return new ServiceType(c.name(), name, description, ServiceType.CATEGORY_GROUP, name, Optional.empty(), Optional.of(c));
    }
}

package org.coproduce.providers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.Violation;
import org.coproduce.providers.entity.ExternalId;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ServiceCategory;
import org.junit.jupiter.api.Test;

class DirectoryFileTest {

    private static final String HEADER = "type,scheme,code,parent,name,category,postcode,city,country,latitude,longitude\n";

    @Test
    void readsOrganisationsAndServicesWithTheirCodesInUpperCase() {
        var rows = DirectoryFile.read(HEADER
                + "organisation,ods,rxx,,Aire Trust,,,Leeds,GB,,\n"
                + "service,ODS,rxx01,rxx,\"Ward 1, East\",health,LS1 4AP,Leeds,GB,,\n"
                + "Service,ODS,RXX02,RXX,Clinic,SOCIAL_CARE,,,GB,53.8,-1.5\n");
        assertEquals(3, rows.size());
        assertEquals(new ExternalId("ODS", "RXX"), rows.get(0).id());
        assertEquals(DirectoryRow.Type.ORGANISATION, rows.get(0).type());
        assertNull(rows.get(0).parentId());
        var ward = rows.get(1);
        assertEquals(3, ward.line());
        assertEquals("Ward 1, East", ward.name());
        assertEquals(ServiceCategory.HEALTH, ward.category());
        assertEquals(new ExternalId("ODS", "RXX"), ward.parentId());
        assertEquals(new GeoPoint(53.8, -1.5), rows.get(2).point());
    }

    @Test
    void namesEveryBadLineAndColumn() {
        var invalid = assertThrows(InvalidInput.class, () -> DirectoryFile.read(HEADER
                + "organisation,ODS,RXX,,Aire Trust,,,Leeds,GB,,\n"
                + "service,ODS,RXX01,RXX,Ward,surgery,,,GB,,\n"
                + "service,ODS,RXX02,,Clinic,HEALTH,,,Britain,91,\n"
                + "organisation,ODS,rxx,,Aire Trust again,,,,GB,,\n"));
        assertEquals(List.of(new Violation("line 3, category", "must be one of [HEALTH, SOCIAL_CARE, DISABILITY_SUPPORT, HOUSING, COMMUNITY]"),
                new Violation("line 4, country", "must be an ISO 3166 country code such as GB or DE"),
                new Violation("line 4, longitude", "give both latitude and longitude, or neither"),
                new Violation("line 4, parent", "must not be blank"),
                new Violation("line 5, code", "appears already on line 2")), sorted(invalid.violations()));
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeedsOrWithAnUnknownOne() {
        var invalid = assertThrows(InvalidInput.class, () -> DirectoryFile.read("type,scheme,code,nmae\nservice,ODS,X,Y\n"));
        assertEquals(List.of(new Violation("line 1, country", "this column is missing"),
                new Violation("line 1, name", "this column is missing"),
                new Violation("line 1, nmae", "is not a column of a directory file")), sorted(invalid.violations()));
        assertEquals("file", assertThrows(InvalidInput.class, () -> DirectoryFile.read(HEADER)).violations().getFirst().field());
    }

    private static List<Violation> sorted(List<Violation> violations) {
        return violations.stream().sorted((a, b) -> a.field().compareTo(b.field())).toList();
    }
}

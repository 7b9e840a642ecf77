package org.coproduce.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.coproduce.testing.Api;
import org.coproduce.testing.Journeys;
import org.coproduce.testing.Reply;
import org.junit.jupiter.api.Test;

/** The directory import: preview, apply, the same file again changes nothing, a bad line changes nothing. */
public interface DirectoryImportJourneys extends Journeys {

    String HEADER = "type,scheme,code,parent,name,kind,category,address,postcode,city,place,country,latitude,longitude\n";

    @Test
    default void importsADirectoryFileOnceAndTheSameFileAgainChangesNothing() {
        var admin = demo("admin");
        String scheme = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String wardCode = "W" + scheme;
        String file = HEADER
                + "organisation," + scheme + ",TRUST,,Import Trust " + scheme + ",NHS trust,,,,Leeds,,GB,,\n"
                + "organisation," + scheme + ",HOSP,TRUST,Import Hospital " + scheme + ",hospital,,,,Leeds,,GB,,\n"
                + "service," + scheme + "," + wardCode + ",HOSP,Import Ward,,HEALTH,1 Park Row,LS1 4AP,Leeds,,GB,,\n"
                + "service," + scheme + ",CLINIC,TRUST,Import Clinic " + scheme + ",,HEALTH,,,,Freiburg im Breisgau,DE,,\n"
                + "service," + scheme + ",HOME,TRUST,Import Home " + scheme + ",,SOCIAL_CARE,,,Keighley,,GB,53.87,-1.91\n";

        var preview = upload(admin, file);
        assertEquals(201, preview.status(), preview.body());
        assertCounts(preview.json().getJsonObject("preview"), 5, 0, 0);
        assertEquals(5, preview.json().getJsonArray("lines").size());
        assertEquals(0, anonymous().get("api/services?q=" + scheme.toLowerCase()).items().size() + findCode(wardCode).size(),
                "a preview changes nothing");

        var applied = admin.post("api/admin/directory/imports/" + preview.json().getJsonNumber("id") + "/apply", "");
        assertEquals(200, applied.status(), applied.body());
        assertCounts(applied.json().getJsonObject("applied"), 5, 0, 0);

        var byCode = findCode(wardCode.toLowerCase());
        assertEquals(1, byCode.size(), "found by its code alone: " + byCode);
        var ward = byCode.getFirst();
        assertEquals("Import Ward", ward.getString("name"));
        assertEquals(scheme, ward.getJsonObject("externalId").getString("scheme"));
        assertEquals(wardCode, ward.getJsonObject("externalId").getString("code"));
        assertEquals(53.7969, ward.getJsonNumber("latitude").doubleValue(), 1e-6, "LS1 from the gazetteer");
        var clinic = service(scheme, "Import Clinic");
        assertEquals(7.8421, clinic.getJsonNumber("longitude").doubleValue(), 1e-6, "Freiburg from the gazetteer");
        assertEquals(53.87, service(scheme, "Import Home").getJsonNumber("latitude").doubleValue(), 1e-6);
        var hospital = anonymous().get("api/organisations/" + ward.getJsonNumber("organisationId")).json().getJsonObject("organisation");
        assertEquals("HOSP", hospital.getJsonObject("externalId").getString("code"));
        assertEquals("Import Trust " + scheme, hospital.getString("parentName"));

        var again = upload(admin, file);
        assertEquals(201, again.status(), again.body());
        assertCounts(again.json().getJsonObject("preview"), 0, 0, 0);
        assertEquals(5, again.json().getInt("unchanged"));
        var appliedAgain = admin.post("api/admin/directory/imports/" + again.json().getJsonNumber("id") + "/apply", "");
        assertCounts(appliedAgain.json().getJsonObject("applied"), 0, 0, 0);
        var appliedTwice = admin.post("api/admin/directory/imports/" + preview.json().getJsonNumber("id") + "/apply", "");
        assertEquals(200, appliedTwice.status(), appliedTwice.body());
        assertCounts(appliedTwice.json().getJsonObject("applied"), 5, 0, 0);
        assertEquals(1, findCode(wardCode).size(), "applying an import again adds nothing");
    }

    @Test
    default void retiresServicesTheFileNoLongerListsAndKeepsThemOutOfTelling() {
        var admin = demo("admin");
        String scheme = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String organisation = "organisation," + scheme + ",ORG,,Retiring Org " + scheme + ",,,,,Leeds,,GB,,\n";
        String first = HEADER + organisation
                + "service," + scheme + ",K" + scheme + ",ORG,Kept Service " + scheme + ",,HEALTH,,,Leeds,,GB,,\n"
                + "service," + scheme + ",G" + scheme + ",ORG,Gone Service " + scheme + ",,HEALTH,,,Leeds,,GB,,\n";
        apply(admin, upload(admin, first));
        long gone = service(scheme, "Gone Service").getJsonNumber("id").longValue();

        String second = HEADER + organisation
                + "service," + scheme + ",K" + scheme + ",ORG,Kept Service renamed " + scheme + ",,HEALTH,,,Leeds,,GB,,\n";
        var preview = upload(admin, second);
        assertCounts(preview.json().getJsonObject("preview"), 0, 1, 1);
        var lines = preview.json().getJsonArray("lines").stream().map(l -> l.asJsonObject().getString("action") + " "
                + l.asJsonObject().getString("code")).toList();
        assertEquals(List.of("CHANGE K" + scheme, "RETIRE G" + scheme), lines);
        assertCounts(apply(admin, preview).getJsonObject("applied"), 0, 1, 1);

        assertEquals(List.of(), findCode("G" + scheme),
                "a retired service is not offered");
        var retired = anonymous().get("api/services/" + gone).json();
        assertTrue(retired.containsKey("retiredAt"), retired.toString());
        assertTrue(anonymous().get("api/services?retired=true&q=G" + scheme).items().stream()
                .anyMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == gone));
        var told = anonymous().post("api/stories", Journeys.submission(gone, "About a retired service"));
        assertEquals(400, told.status(), told.body());
        assertEquals(List.of("serviceIds"), told.violatedFields());

        var back = upload(admin, first);
        assertCounts(back.json().getJsonObject("preview"), 0, 2, 0);
        apply(admin, back);
        assertFalse(anonymous().get("api/services/" + gone).json().containsKey("retiredAt"), "listed again: offered again");
    }

    @Test
    default void aFileWithABadLineIsRefusedNamingLineAndColumnAndChangesNothing() {
        var admin = demo("admin");
        String scheme = "IT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String file = HEADER
                + "organisation," + scheme + ",ORG,,Bad File Org " + scheme + ",,,,,Leeds,,GB,,\n"
                + "service," + scheme + ",S1,ORG,Bad File Service " + scheme + ",,SURGERY,,,Leeds,,GB,,\n"
                + "service," + scheme + ",S2,NOBODY,Bad File Other " + scheme + ",,HEALTH,,,Leeds,,GB,,\n";
        var refused = upload(admin, file);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(List.of("line 3, category"), refused.violatedFields());
        var unknownParent = upload(admin, file.replace("SURGERY", "HEALTH"));
        assertEquals(List.of("line 4, parent"), unknownParent.violatedFields());
        assertEquals(0, anonymous().get("api/services?q=Bad%20File&size=50").items().stream()
                .filter(s -> s.asJsonObject().getString("name").endsWith(scheme)).count());
        assertEquals(0, anonymous().get("api/organisations?size=100").items().stream()
                .filter(o -> o.asJsonObject().getString("name").endsWith(scheme)).count());
    }

    private static Reply upload(Api admin, String csv) {
        return admin.send("POST", "api/admin/directory/imports?fileName=directory.csv", "text/csv", csv);
    }

    private static JsonObject apply(Api admin, Reply preview) {
        assertEquals(201, preview.status(), preview.body());
        var applied = admin.post("api/admin/directory/imports/" + preview.json().getJsonNumber("id") + "/apply", "");
        assertEquals(200, applied.status(), applied.body());
        return applied.json();
    }

    private static void assertCounts(JsonObject counts, int added, int changed, int retired) {
        assertEquals(List.of(added, changed, retired), List.of(counts.getInt("added"), counts.getInt("changed"), counts.getInt("retired")),
                counts.toString());
    }

    private List<JsonObject> findCode(String code) {
        return anonymous().get("api/services?q=" + code + "&size=100").items().stream().map(v -> v.asJsonObject()).toList();
    }

    /** The imported service of this scheme found by its code (as a user searches: the code alone). */
    private JsonObject service(String scheme, String namePrefix) {
        var found = anonymous().get("api/services?q=" + scheme.toLowerCase() + "&size=100").items();
        return found.stream().map(v -> v.asJsonObject()).filter(s -> s.getString("name").startsWith(namePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError(namePrefix + " not found among " + found));
    }
}

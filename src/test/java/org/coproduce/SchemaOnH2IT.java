package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.coproduce.platform.Settings;
import org.coproduce.testing.DeployedWar;
import org.junit.jupiter.api.Test;

/** With no DB_URL the app runs on the embedded H2 file database: the same migrations, the same API. */
class SchemaOnH2IT extends DeployedWar {

    @Test
    void generatesTheServerSecretOfTheEmbeddedDatabaseIntoItsDataFolderForItsOwnerOnly() throws Exception {
        assumeTrue(Settings.get("DB_URL").isEmpty(), "the embedded database (on-h2), not a run of this class by name on MariaDB");
        assertEquals(200, anonymous().logIn("admin@demo.example", "demo-password").status(), "a login uses the throttle's key");
        Path secret = Path.of(Settings.get("COPRODUCE_DATA").orElseThrow(), "secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertTrue(Files.readString(secret).strip().length() >= 32);
    }

    @Test
    void runsEveryMigrationAndTheDemoDataOnH2() {
        var api = anonymous();
        assertTrue(api.get("api/services").json().getInt("total") >= 20);
        assertEquals(200, api.logIn("admin@demo.example", "demo-password").status());
        var created = api.post("api/organisations", "{\"name\":\"Ärztehaus Süd 🏥\",\"country\":\"DE\"}");
        assertEquals(201, created.status(), created.body());
        var id = created.json().getJsonNumber("id").longValue();
        assertEquals("Ärztehaus Süd 🏥", api.get("api/organisations/" + id).json().getJsonObject("organisation").getString("name"));
    }
}

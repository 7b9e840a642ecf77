package org.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.coproduce.platform.Settings;
import org.coproduce.testing.Api;
import org.coproduce.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With no DB_URL the app runs on the embedded H2 file database: the same migrations, the same API. */
@ExtendWith(ArquillianExtension.class)
class SchemaOnH2IT {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    @Test
    void generatesTheServerSecretOfTheEmbeddedDatabaseIntoItsDataFolderForItsOwnerOnly() throws Exception {
        assumeTrue(Settings.get("DB_URL").isEmpty(), "the embedded database (on-h2), not a run of this class by name on MariaDB");
        assertEquals(200, new Api(base).logIn("admin@demo.example", "demo-password").status(), "a login uses the throttle's key");
        Path secret = Path.of(Settings.get("COPRODUCE_DATA").orElseThrow(), "secret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertTrue(Files.readString(secret).strip().length() >= 32);
    }

    @Test
    void runsEveryMigrationAndTheDemoDataOnH2() {
        var api = new Api(base);
        assertTrue(api.get("api/services").json().getInt("total") >= 20);
        assertEquals(200, api.logIn("admin@demo.example", "demo-password").status());
        var created = api.post("api/organisations", "{\"name\":\"Ärztehaus Süd 🏥\",\"country\":\"DE\"}");
        assertEquals(201, created.status(), created.body());
        var id = created.json().getJsonNumber("id").longValue();
        assertEquals("Ärztehaus Süd 🏥", api.get("api/organisations/" + id).json().getJsonObject("organisation").getString("name"));
    }
}

package org.coproduce.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The embedded default runs every migration, MySQL-only parts (executable comments) left out. */
class MigrationsOnH2Test {

    @Test
    void migratesAnEmptyEmbeddedDatabase() throws Exception {
        String url = "jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (var db = DriverManager.getConnection(url, "sa", "");
                var rows = db.createStatement().executeQuery("select count(*) from information_schema.columns"
                        + " where table_name = 'story' and column_name = 'search_text'")) {
            rows.next();
            assertEquals(1, rows.getInt(1));
        }
    }
}

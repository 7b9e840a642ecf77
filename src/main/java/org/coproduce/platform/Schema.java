package org.coproduce.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Applies the migrations in sql/ (packaged as db/migration) when the application starts. If the
 * database is not reachable yet, it retries every few seconds; until then requests that need
 * the database are answered 503. Observers of {@link SchemaReady} run once it is in place.
 */
@ApplicationScoped
public class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    @Resource(lookup = CoproduceApplication.DATASOURCE)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Event<SchemaReady> ready;

    private volatile boolean migrated;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        migrate();
    }

    public boolean migrated() {
        return migrated;
    }

    private void migrate() {
        try {
            var flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();
            LOG.info(() -> "Schema at version " + flyway.info().current().getVersion());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Database not ready, retrying in 5 s: {0}", e.getMessage());
            scheduler.schedule(this::migrate, 5, TimeUnit.SECONDS);
            return;
        }
        migrated = true;
        try {
            ready.fire(new SchemaReady());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up work after migration failed", e);
        }
    }
}

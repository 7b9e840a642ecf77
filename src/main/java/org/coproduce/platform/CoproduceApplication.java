package org.coproduce.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The datasource is defined here so that the JDBC driver in WEB-INF/lib is visible to it;
 * {@link SwitchingDataSource} reads DB_URL, DB_USER, DB_PASSWORD itself. Pool settings follow
 * payara-config/README.md: validation on, a caller waits at most 5 s, statements time out.
 */
@DataSourceDefinition(
        name = CoproduceApplication.DATASOURCE,
        className = "org.coproduce.platform.SwitchingDataSource",
        minPoolSize = 0,
        maxPoolSize = 32,
        loginTimeout = 3,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            "fish.payara.statement-timeout-in-seconds=10",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.pool-resize-quantity=2",
            "fish.payara.idle-timeout-in-seconds=300"
        })
@ApplicationPath("api")
public class CoproduceApplication extends Application {

    public static final String DATASOURCE = "java:app/jdbc/coproduce";
}

package org.coproduce.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any integration test on MariaDB, once per failsafe fork ({@link ItFork}): drops the fork's
 * IT database (each run starts empty, so the schema migrations and demo load run for real), starts the proxy the app connects through and
 * the SMTP server it sends e-mail to and the OpenID Connect provider it logs staff in through.
 * Does nothing in unit-test runs (no coproduce.it.db property).
 */
public class TestDatabase implements LauncherSessionListener {

    private static TcpProxy proxy;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String admin = System.getProperty("coproduce.it.db");
        String proxySpec = System.getProperty("coproduce.it.proxy");
        if (admin == null || proxySpec == null) {
            return;
        }
        ItFork.configure();
        proxySpec = System.getProperty("coproduce.it.proxy");
        try (var connection = DriverManager.getConnection(admin)) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name());
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB is not reachable for the integration tests: " + e.getMessage(), e);
        }
        String[] parts = proxySpec.split(":");
        proxy = TcpProxy.start(Integer.parseInt(parts[0]), parts[1], Integer.parseInt(parts[2]));
        TestMail.start(Integer.parseInt(System.getProperty("coproduce.it.smtp", "13025")));
        TestOidc.start(Integer.parseInt(System.getProperty("coproduce.it.oidc", "18902")));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (proxy != null) {
            proxy.close();
            TestMail.stop();
            TestOidc.stop();
        }
    }

    /** The proxy between the app and MariaDB, to simulate the database going away. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("no database proxy: run through failsafe's on-mariadb execution");
        }
        return proxy;
    }

    public static java.sql.Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("coproduce.it.db").replace("/?", "/" + name() + "?"));
    }

    private static String name() {
        String name = System.getProperty("coproduce.it.dbname", "coproduce_it");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("it.db.name must be lower-case letters, digits and _");
        }
        return name;
    }
}

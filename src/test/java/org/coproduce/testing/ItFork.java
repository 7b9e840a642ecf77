package org.coproduce.testing;

/**
 * The integration tests run in two failsafe forks side by side (it.forks), each with its own
 * Payara, database, proxy, SMTP server and OpenID provider: fork n adds 100 × (n − 1) to every
 * port and "_n" to the database's name, so fork 1 keeps the configured values. The settings that
 * depend on them reach Payara as system properties (payara.cmdOptions, the JVM options the
 * Arquillian container reads when arquillian.xml sets none; not there, since its values are
 * substituted into XML and a JDBC URL's {@code &} is not XML), which {@code Settings} reads where
 * the environment has none.
 */
final class ItFork {

    private static boolean configured;

    private ItFork() {
    }

    /** Moves this fork's ports and database aside, once per fork (JVM), before any test. */
    static synchronized void configure() {
        if (configured) {
            return;
        }
        configured = true;
        int fork = Integer.parseInt("0" + System.getProperty("coproduce.it.fork", "1").replaceAll("\\D", ""));
        fork = Math.max(fork, 1);
        int offset = 100 * (fork - 1);
        shift("coproduce.it.port", offset);
        shift("coproduce.it.smtp", offset);
        shift("coproduce.it.oidc", offset);
        String[] proxy = System.getProperty("coproduce.it.proxy").split(":", 2);
        int proxyPort = Integer.parseInt(proxy[0]) + offset;
        System.setProperty("coproduce.it.proxy", proxyPort + ":" + proxy[1]);
        String name = System.getProperty("coproduce.it.dbname", "coproduce_it") + (fork > 1 ? "_" + fork : "");
        System.setProperty("coproduce.it.dbname", name);
        System.setProperty("payara.cmdOptions", String.join(" ",
                "-DDB_URL=jdbc:mysql://127.0.0.1:" + proxyPort + "/" + name + "?user=root&password=&createDatabaseIfNotExist=true",
                "-DSMTP_PORT=" + System.getProperty("coproduce.it.smtp"),
                "-DCOPRODUCE_OIDC_ISSUER=" + TestOidc.issuer()));
    }

    private static void shift(String property, int offset) {
        System.setProperty(property, String.valueOf(Integer.parseInt(System.getProperty(property)) + offset));
    }
}

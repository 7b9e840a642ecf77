package org.coproduce.platform;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's datasource: MySQL Connector/J when DB_URL is set, else an embedded H2 file
 * database in MySQL mode under COPRODUCE_DATA (default ./data). Payara pools and validates
 * the connections this class hands out.
 */
public class SwitchingDataSource implements DataSource {

    private final DataSource target;

    public SwitchingDataSource() {
        this.target = Settings.get("DB_URL").map(SwitchingDataSource::mysql).orElseGet(SwitchingDataSource::h2);
    }

    static DataSource mysql(String url) {
        try {
            var ds = new com.mysql.cj.jdbc.MysqlDataSource();
            ds.setURL(url);
            Settings.get("DB_USER").ifPresent(ds::setUser);
            Settings.get("DB_PASSWORD").ifPresent(ds::setPassword);
            if (!url.contains("connectTimeout")) {
                ds.setConnectTimeout(3000);
            }
            if (!url.contains("socketTimeout")) {
                ds.setSocketTimeout(15000);
            }
            ds.setCharacterEncoding("UTF-8");
            ds.setServerTimezone("UTC");
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException("DB_URL is not a usable MySQL URL", e);
        }
    }

    static DataSource h2() {
        Path folder = Path.of(Settings.get("COPRODUCE_DATA", "data")).toAbsolutePath();
        String url = "jdbc:h2:file:" + folder.resolve("coproduce")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0";
        try {
            var ds = (DataSource) Class.forName("org.h2.jdbcx.JdbcDataSource").getDeclaredConstructor().newInstance();
            ds.getClass().getMethod("setURL", String.class).invoke(ds, url);
            return ds;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The embedded H2 database is not available", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}

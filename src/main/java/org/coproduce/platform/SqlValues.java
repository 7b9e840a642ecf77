package org.coproduce.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Values of native SQL results, whichever JDBC type the driver (MariaDB or H2) gives them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case LocalDateTime t -> t.atZone(ZoneId.systemDefault()).toInstant();
            case OffsetDateTime t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }
}

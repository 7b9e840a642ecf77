package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two forms of the service and theme conditions (docs/search.md, "Plans") select the same
 * stories, on the embedded database too: {@code exists} for few matches, a subquery per story
 * read in order for many.
 */
class StoryFilterPlansTest {

    @Test
    void bothFormsOfTheFiltersSelectTheSameStories() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:h2:mem:plans;MODE=MySQL;DATABASE_TO_LOWER=TRUE", "sa", "")) {
            db.createStatement().execute("create table story (id bigint primary key, status varchar(20), published_at timestamp)");
            db.createStatement().execute("create table story_theme (story_id bigint, code varchar(60), primary key (story_id, code))");
            db.createStatement().execute("create table story_service (story_id bigint, service_id bigint, primary key (story_id, service_id))");
            for (int id = 1; id <= 30; id++) {
                db.createStatement().execute("insert into story values (" + id + ", '" + (id % 7 == 0 ? "HELD" : "PUBLISHED")
                        + "', timestamp '2026-01-01 00:00:00' + " + id + " * interval '1' hour)");
                db.createStatement().execute("insert into story_service values (" + id + ", " + (id % 3) + ")");
                if (id % 2 == 0) {
                    db.createStatement().execute("insert into story_theme values (" + id + ", 'access.timeliness')");
                }
            }
            var filter = new StoryFilter(Optional.of(Set.of(1L, 2L)), Optional.of("access.timeliness"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
            List<Long> joined = ids(db, filter, false);
            assertEquals(List.of(26L, 22L, 20L, 16L, 10L, 8L, 4L, 2L), joined);
            assertEquals(joined, ids(db, filter, true));
        }
    }

    private static List<Long> ids(Connection db, StoryFilter filter, boolean inOrder) throws Exception {
        var where = new Sql().and(StorySearch.VISIBLE);
        StorySearch.filters(where, filter, inOrder);
        try (var statement = db.prepareStatement("select s.id from story s" + where.text + " order by s.published_at desc, s.id desc")) {
            for (int i = 0; i < where.parameters.size(); i++) {
                statement.setObject(i + 1, where.parameters.get(i));
            }
            var found = new ArrayList<Long>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }
}

package org.coproduce.stories.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** A native statement built in parts, with its positional parameters in order. */
final class Sql {

    final StringBuilder text = new StringBuilder();
    final List<Object> parameters = new ArrayList<>();
    private boolean where;

    /** Adds a condition: " where " before the first, " and " before the others. */
    Sql and(String condition, Object... values) {
        text.append(where ? " and " : " where ").append(condition);
        where = true;
        parameters.addAll(List.of(values));
        return this;
    }

    Sql add(String part, List<Object> values) {
        text.append(part);
        parameters.addAll(values);
        return this;
    }

    /** Appends another part's conditions, continuing this one's where clause. */
    Sql add(Sql conditions) {
        String more = conditions.text.toString();
        if (where && more.startsWith(" where ")) {
            more = " and " + more.substring(" where ".length());
        }
        text.append(more);
        where |= conditions.where;
        parameters.addAll(conditions.parameters);
        return this;
    }

    Query query(EntityManager em) {
        var query = em.createNativeQuery(text.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}

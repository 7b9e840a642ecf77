package org.coproduce.providers.control;

import java.util.List;
import org.coproduce.providers.entity.GeoPoint;
import org.coproduce.providers.entity.ImportCounts;
import org.coproduce.providers.entity.Service;

/** What applying a directory file would do now: a step for each of its lines, and the services it retires. */
public record ImportPlan(List<Step> steps, List<Service> retired) {

    public enum Action { ADD, CHANGE, KEEP }

    /** Where a service's point comes from. */
    public enum Located { COORDINATES, GAZETTEER, NOT_FOUND }

    /** One line: what it does, the fields it changes, a service's point and where that came from (null: no place given). */
    public record Step(DirectoryRow row, Action action, List<String> fields, GeoPoint point, Located located) {
    }

    public ImportCounts counts() {
        return new ImportCounts(count(Action.ADD), count(Action.CHANGE), retired.size());
    }

    public int unchanged() {
        return count(Action.KEEP);
    }

    private int count(Action action) {
        return (int) steps.stream().filter(s -> s.action() == action).count();
    }
}

package org.coproduce.changes.boundary;

import java.time.YearMonth;
import java.util.List;
import org.coproduce.changes.control.BeforeAfter;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.Suppression;
import org.coproduce.outcomes.entity.Figure;

/**
 * Before/after evidence for a change: the counts behind each side and a plain statement. For
 * the public, a side resting on fewer than 5 stories or raising stories is suppressed, and so is
 * the statement (which quotes the counts).
 */
public record Evidence(long changeId, List<String> themes, String madeOn, Side before, Side after, String method,
        Double pValue, Boolean moreThanChance, String statement, boolean suppressed) {

    public record Side(String from, String to, Figure stories, Figure raising, Figure share) {
    }

    public static Evidence of(Change change, List<YearMonth> before, List<YearMonth> after, BeforeAfter.Result r, Suppression s) {
        var b = side(before, r.before(), s);
        var a = side(after, r.after(), s);
        boolean hidden = b.stories().suppressed() || b.raising().suppressed() || a.stories().suppressed() || a.raising().suppressed();
        return new Evidence(change.id(), change.themes().stream().sorted().toList(), String.valueOf(change.madeOn()), b, a,
                r.method(), hidden ? null : r.pValue(), hidden ? null : r.moreThanChance(),
                hidden ? "Fewer than 5 stories on one side: not shown in public." : r.statement(), hidden);
    }

    private static Side side(List<YearMonth> months, BeforeAfter.Side side, Suppression s) {
        return new Side(months.get(0).toString(), months.get(1).toString(), s.count(side.stories()), s.count(side.raising()),
                s.share(side.raising(), side.stories()));
    }
}

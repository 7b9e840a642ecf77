package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.coproduce.changes.entity.Change;
import org.coproduce.outcomes.control.ThemeShares;
import org.coproduce.providers.control.Directory;

/**
 * Before/after for a made change: of the stories about its services (all of its organisation's,
 * with those under it, when it names none), how many raise one of its themes as "could improve"
 * in the months before and after the month it was made (that month left out).
 */
@ApplicationScoped
public class ChangeEvidence {

    @Inject
    Directory directory;

    @Inject
    ThemeShares shares;

    /** The months of each side (first and last) and the comparison. */
    public record Comparison(List<YearMonth> before, List<YearMonth> after, BeforeAfter.Result result) {
    }

    public Comparison of(Change change, int months) {
        var services = change.serviceIds().isEmpty()
                ? directory.serviceIdsOf(directory.withDescendants(Set.of(change.organisationId()))) : change.serviceIds();
        var made = YearMonth.from(change.madeOn());
        var before = ThemeShares.window(made, months, true);
        var after = ThemeShares.window(made, months, false);
        var b = shares.count(services, change.themes(), before.get(0), before.get(1));
        var a = shares.count(services, change.themes(), after.get(0), after.get(1));
        return new Comparison(before, after,
                BeforeAfter.compare(new BeforeAfter.Side(b.stories(), b.raising()), new BeforeAfter.Side(a.stories(), a.raising())));
    }
}

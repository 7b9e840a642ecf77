package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;

/**
 * E-mails the responders of the organisations a published barrier was routed to (outbox task
 * {@value #KIND}), each in their own language: its category, place and a link, nothing of the
 * reporter. The routed rows are marked alerted in the task's transaction (at least once).
 */
@ApplicationScoped
public class BarrierAlertMail extends MailTask<BarrierAlertMail.Due> {

    public static final String KIND = "email-barrier-routed";

    @Inject
    Barriers barriers;

    @Inject
    Accounts accounts;

    @Inject
    BarrierCategories categories;

    @Inject
    java.time.Clock time;

    record Due(BarrierReport barrier, Set<Long> organisations) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Due> load(long barrierId) {
        return barriers.published(barrierId).map(b -> new Due(b, barriers.claimUnalerted(b.id(), time.instant())))
                .filter(d -> !d.organisations().isEmpty());
    }

    @Override
    protected List<Mail> compose(Due due, Instant now) {
        var barrier = due.barrier();
        String link = Settings.baseUrl() + "/barrier.html?id=" + barrier.id();
        return accounts.withRoleFor(Role.RESPONDER, due.organisations()).stream().filter(a -> !a.disabled()).map(a -> {
            Locale language = Templates.staff(a.language());
            String category = categories.find(barrier.category()).map(c -> c.label(language.getLanguage())).orElse(barrier.category());
            return new Mail(a.email(), Templates.text(language, "barrier.routed.subject", category, barrier.place()),
                    Templates.text(language, "barrier.routed.text", category, barrier.place(), link));
        }).toList();
    }
}

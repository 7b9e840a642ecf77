package org.coproduce.barriers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.barriers.entity.BarrierReport;
import org.coproduce.barriers.entity.BarrierStatus;
import org.coproduce.barriers.entity.StatusChange;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;

/**
 * Tells the reporter a barrier's new status (outbox task {@value #KIND}), in the language they
 * reported in, with the note and an unsubscribe link. Once the barrier is fixed the address has
 * served its purpose and is erased after this last e-mail.
 */
@ApplicationScoped
public class BarrierStatusMail extends MailTask<BarrierStatusMail.Due> {

    public static final String KIND = "email-barrier-status";

    @Inject
    Barriers barriers;

    @Inject
    BarrierUnsubscribes unsubscribes;

    record Due(StatusChange change, BarrierReport barrier) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Due> load(long changeId) {
        return unsent(barriers.statusChange(changeId).orElse(null))
                .flatMap(c -> barriers.find(c.barrierId()).filter(b -> b.email() != null).map(b -> new Due(c, b)));
    }

    @Override
    protected List<Mail> compose(Due due, Instant now) {
        Locale language = Templates.locale(due.barrier().language());
        String status = Templates.text(language, "barrier.status." + due.change().status().name());
        String note = due.change().note() == null ? "" : due.change().note();
        String link = Settings.baseUrl() + "/barrier.html?id=" + due.barrier().id();
        return List.of(Mail.toPublic(due.barrier().email(), language, Templates.text(language, "barrier.status.subject", status),
                Templates.text(language, "barrier.status.text", due.barrier().place(), status, note, link),
                unsubscribes.links(due.barrier().id())));
    }

    @Override
    protected void mark(Due due, Instant now) {
        due.change().emailed(now);
        if (due.change().status() == BarrierStatus.FIXED) {
            due.barrier().forgetEmail();
        }
    }
}

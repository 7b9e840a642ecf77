package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;
import org.coproduce.routing.entity.Alert;
import org.coproduce.stories.control.Stories;
import org.coproduce.stories.entity.Story;

/**
 * E-mails one alert (outbox task {@value #KIND}). Only the published title and a link leave the
 * system, never the story's original text. Marks the alert e-mailed, so a retry after a commit
 * does not send it twice (a crash between sending and committing can: at least once).
 */
@ApplicationScoped
public class AlertMail extends MailTask<AlertMail.Due> {

    public static final String KIND = "email-alert";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Stories stories;

    /** An alert not e-mailed yet, whose account and published (or held for the organisation: linked to the staff page) story still exist. */
    record Due(Alert alert, Account account, Story story) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Due> load(long alertId) {
        return unsent(em.find(Alert.class, alertId)).flatMap(alert -> accounts.find(alert.accountId()).filter(a -> !a.disabled())
                .flatMap(account -> stories.find(alert.storyId()).filter(s -> s.published() || s.held())
                        .map(story -> new Due(alert, account, story))));
    }

    @Override
    protected List<Mail> compose(Due due, Instant now) {
        String kind = switch (due.alert().kind()) {
            case Alert.OVERDUE -> "alert.overdue";
            case Alert.REMINDER -> "alert.reminder";
            case Alert.UNROUTED -> "alert.unrouted";
            default -> "alert.new";
        };
        String title = due.story().publishedTitle();
        String link = Settings.baseUrl() + (due.story().held() ? "/staff/respond.html?story=" : "/story.html?id=") + due.story().id();
        Locale language = Templates.staff(due.account().language());
        return List.of(new Mail(due.account().email(), Templates.text(language, kind + ".subject", title),
                Templates.text(language, kind + ".text", title, link, Settings.baseUrl())));
    }

    @Override
    protected void mark(Due due, Instant now) {
        due.alert().emailed(now);
    }
}

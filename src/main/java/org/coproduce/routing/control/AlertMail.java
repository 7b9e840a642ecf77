package org.coproduce.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.platform.Settings;
import org.coproduce.routing.entity.Alert;
import org.coproduce.stories.control.Stories;

/**
 * E-mails one alert (outbox task {@value #KIND}). Only the published title and a link leave the
 * system, never the story's original text. Marks the alert e-mailed, so a retry after a commit
 * does not send it twice (a crash between sending and committing can: at least once).
 */
@ApplicationScoped
public class AlertMail implements TaskHandler {

    public static final String KIND = "email-alert";
    private static final Logger LOG = Logger.getLogger(AlertMail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Stories stories;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long alertId) {
        var alert = em.find(Alert.class, alertId);
        if (alert == null || alert.emailedAt() != null) {
            return;
        }
        if (!mailer.configured()) {
            LOG.fine("SMTP_HOST not set: alert not e-mailed");
            return;
        }
        var account = accounts.find(alert.accountId()).orElse(null);
        var story = stories.find(alert.storyId()).filter(s -> s.published()).orElse(null);
        if (account == null || story == null) {
            return;
        }
        String link = Settings.baseUrl() + "/story.html?id=" + story.id();
        boolean overdue = Alert.OVERDUE.equals(alert.kind());
        String subject = (overdue ? "Overdue for a response: " : "New story: ") + story.publishedTitle();
        String text = (overdue ? "This story has not been answered in time.\n\n" : "A new story was published about a service you follow.\n\n")
                + story.publishedTitle() + "\n" + link + "\n\nYour inbox: "
                + Settings.baseUrl() + "/staff/inbox.html\n";
        mailer.send(account.email(), subject, text);
        alert.emailed(clock.instant());
    }
}

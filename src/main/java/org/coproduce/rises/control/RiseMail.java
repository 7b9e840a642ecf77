package org.coproduce.rises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.background.control.TaskHandler;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Settings;
import org.coproduce.providers.control.Directory;
import org.coproduce.rises.entity.ThemeRise;
import org.coproduce.routing.control.Mailer;
import org.coproduce.stories.control.ThemeLabels;

/**
 * E-mails an unusual rise (outbox task {@value #KIND}) to the quality managers of its scope: of the
 * organisation (of the service) and its parents, and the platform-wide ones. Only counts and a
 * link leave the system. Marked e-mailed, so a retry after a commit does not send it again.
 */
@ApplicationScoped
public class RiseMail implements TaskHandler {

    public static final String KIND = "email-rise";
    private static final Logger LOG = Logger.getLogger(RiseMail.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    @Inject
    ThemeLabels themeLabels;

    @Inject
    Scopes scopes;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void handle(long riseId) {
        var rise = em.find(ThemeRise.class, riseId);
        if (rise == null || rise.emailedAt() != null) {
            return;
        }
        if (!mailer.configured()) {
            LOG.fine("SMTP_HOST not set: rise not e-mailed");
            return;
        }
        String subject = "Unusual rise: " + label(rise.code()) + " at " + scopeName(rise);
        String text = RiseText.describe(rise, label(rise.code()), scopeName(rise))
                + "\n\nDashboard: " + Settings.baseUrl() + "/outcomes.html?"
                + RiseText.scopeParameter(rise) + "\n";
        for (var manager : accounts.withRoleFor(Role.QUALITY_MANAGER, organisations(rise))) {
            mailer.send(manager.email(), subject, text);
        }
        rise.emailed(clock.instant());
    }

    /** The organisations whose quality managers hear of it (none for the platform: only platform-wide ones). */
    private Set<Long> organisations(ThemeRise rise) {
        return switch (rise.scopeKind()) {
            case Scope.SERVICE -> directory.service(rise.scopeId())
                    .map(s -> directory.withAncestors(Set.of(s.organisation().id()))).orElse(Set.of());
            case Scope.ORGANISATION -> directory.withAncestors(Set.of(rise.scopeId()));
            default -> Set.of();
        };
    }

    private String scopeName(ThemeRise rise) {
        return Scope.PLATFORM.equals(rise.scopeKind()) ? "the whole platform" : scopes.name(rise.scopeKind(), rise.scopeId());
    }

    private String label(String code) {
        return themeLabels.label(code, Locale.ENGLISH.getLanguage());
    }
}

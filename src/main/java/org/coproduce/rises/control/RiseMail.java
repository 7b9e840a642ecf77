package org.coproduce.rises.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Role;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Settings;
import org.coproduce.providers.control.Directory;
import org.coproduce.rises.entity.ThemeRise;
import org.coproduce.stories.control.ThemeLabels;

/**
 * E-mails an unusual rise (outbox task {@value #KIND}) to the quality managers of its scope: of the
 * organisation (of the service) and its parents, and the platform-wide ones. Only counts and a
 * link leave the system. Marked e-mailed, so a retry after a commit does not send it again.
 */
@ApplicationScoped
public class RiseMail extends MailTask<ThemeRise> {

    public static final String KIND = "email-rise";

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

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<ThemeRise> load(long riseId) {
        return unsent(em.find(ThemeRise.class, riseId));
    }

    @Override
    protected List<Mail> compose(ThemeRise rise, Instant now) {
        return accounts.withRoleFor(Role.QUALITY_MANAGER, organisations(rise)).stream()
                .map(manager -> mail(rise, manager.email(), Templates.staff(manager.language()))).toList();
    }

    /** The rise told to one quality manager, in their language. */
    private Mail mail(ThemeRise rise, String to, Locale language) {
        String label = themeLabels.label(rise.code(), language.getLanguage());
        String scope = Scope.PLATFORM.equals(rise.scopeKind()) ? Templates.text(language, "rise.platform")
                : scopes.name(rise.scopeKind(), rise.scopeId());
        String subject = Templates.text(language, "rise.subject", label, scope);
        String text = Templates.text(language, "rise.text", RiseText.describe(rise, label, scope, language), Settings.baseUrl(),
                RiseText.scopeParameter(rise));
        return new Mail(to, subject, text);
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
}

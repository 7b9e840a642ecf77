package org.coproduce.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;
import org.coproduce.webhooks.entity.WebhookEndpoint;

/**
 * Tells the organisation's quality managers (and whoever registered the endpoint, if still
 * enabled) that an endpoint was disabled after failing (outbox task {@value #KIND}); once per
 * disabling.
 */
@ApplicationScoped
public class WebhookDisabledMail extends MailTask<WebhookEndpoint> {

    public static final String KIND = "email-webhook-disabled";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<WebhookEndpoint> load(long endpointId) {
        return unsent(em.find(WebhookEndpoint.class, endpointId)).filter(e -> !e.enabled());
    }

    @Override
    protected List<Mail> compose(WebhookEndpoint endpoint, Instant now) {
        var to = new LinkedHashSet<String>();
        accounts.withRoleFor(Role.QUALITY_MANAGER, Set.of(endpoint.organisationId())).forEach(a -> to.add(a.email()));
        Optional.ofNullable(endpoint.createdBy()).flatMap(accounts::find).filter(a -> !a.disabled()).map(Account::email)
                .ifPresent(to::add);
        String page = Settings.baseUrl() + "/staff/webhooks.html?id=" + endpoint.id();
        return to.stream().map(address -> {
            var language = accounts.languageOf(address, Templates.staff());
            return new Mail(address, Templates.text(language, "webhook.disabled.subject", endpoint.id()),
                    Templates.text(language, "webhook.disabled.text", endpoint.id(), endpoint.url(), endpoint.consecutiveFailures(), page));
        }).toList();
    }
}

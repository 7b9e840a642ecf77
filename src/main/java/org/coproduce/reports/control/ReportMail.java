package org.coproduce.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.outcomes.control.Scope;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.platform.Settings;
import org.coproduce.reports.entity.ReportDelivery;

/**
 * E-mails one scheduled report (outbox task {@value #KIND}): the period's PDF and the dashboard's
 * CSVs, built when the task runs (the outbox row holds only the delivery's id), to the
 * subscription's account in the subscription's language, suppressed as the dashboard is for that
 * account, with a link to the dashboard where the subscription is managed. Nothing is sent when
 * the subscription is gone, the account is disabled or can no longer see the scope (the
 * subscription is then deleted), or the scope no longer exists. Marked e-mailed, so a retry after a
 * commit does not send it again.
 */
@ApplicationScoped
public class ReportMail extends MailTask<ReportDelivery> {

    public static final String KIND = "email-report";

    @Inject
    ReportSubscriptions subscriptions;

    @Inject
    Accounts accounts;

    @Inject
    Scopes scopes;

    @Inject
    Reports reports;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<ReportDelivery> load(long deliveryId) {
        return subscriptions.delivery(deliveryId).filter(d -> d.emailedAt() == null);
    }

    @Override
    protected List<Mail> compose(ReportDelivery delivery, Instant now) {
        var subscription = subscriptions.find(delivery.subscriptionId()).orElse(null);
        if (subscription == null) {
            return List.of();
        }
        var account = accounts.find(subscription.accountId()).orElse(null);
        Scope scope = scopes.find(subscription.scopeKind(), subscription.scopeId()).orElse(null);
        if (account == null || scope == null || !scopes.followedBy(account, scope)) {
            subscriptions.delete(subscription);
            return List.of();
        }
        var period = ReportPeriod.parse(delivery.period());
        String language = subscription.language();
        var files = reports.of(scope, period, scopes.suppressionFor(account, scope), language);
        var locale = Templates.locale(language);
        String parameter = (Scope.SERVICE.equals(scope.kind()) ? "service=" : "organisation=") + scope.id();
        String subject = Templates.text(locale, "report.subject", scope.name(), period.label());
        String text = Templates.text(locale, "report.text", scope.name(), period.label(), Settings.baseUrl(), parameter,
                Templates.text(locale, "report.cadence." + subscription.cadence()));
        return List.of(new Mail(account.email(), subject, text).attaching(files.all()));
    }
}

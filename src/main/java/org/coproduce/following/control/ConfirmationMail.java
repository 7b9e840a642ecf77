package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.following.entity.Follower;
import org.coproduce.following.entity.Target;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;

/**
 * The one e-mail an unconfirmed subscription gets (outbox task {@value #KIND}): a link to
 * updates.html, whose button confirms (a mail scanner fetching the link confirms nothing). At
 * least once: sent again after a crash, with a new link (the earlier one stops working).
 */
@ApplicationScoped
public class ConfirmationMail extends MailTask<Follower> {

    public static final String KIND = "email-follow-confirm";

    @Inject
    Subscriptions subscriptions;

    @Inject
    Followed followed;

    @Inject
    Unfollowing unfollowing;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Follower> load(long subscriptionId) {
        return subscriptions.find(subscriptionId).filter(s -> !s.confirmed());
    }

    @Override
    protected List<Mail> compose(Follower subscription, Instant now) {
        var locale = Templates.locale(subscription.language());
        String what = followed.name(subscription.target(), subscription.language()).orElse(subscription.target().key());
        String link = Settings.baseUrl() + "/updates.html#confirm=" + subscriptions.newConfirmation(subscription);
        String text = subscription.target().kind() == Target.Kind.CHANGE
                ? Templates.text(locale, "following.confirm.change.text", what, link, Subscriptions.CONFIRM.toDays())
                : Templates.text(locale, "following.confirm.text", what,
                        Templates.text(locale, "following.digest." + subscription.digest().name()), link, Subscriptions.CONFIRM.toDays());
        return List.of(Mail.toPublic(subscription.email(), locale, Templates.text(locale, "following.confirm.subject", what), text,
                unfollowing.links(subscription.id()), "following.unsubscribe.text"));
    }
}

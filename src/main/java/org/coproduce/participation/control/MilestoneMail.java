package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.following.control.Subscriptions;
import org.coproduce.following.control.Unfollowing;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.participation.entity.MilestoneNotice;
import org.coproduce.platform.Settings;

/**
 * A milestone e-mailed to one follower of the change (outbox task {@value #KIND}, queued by
 * {@link MilestoneFanOut}), in the follower's language, with the one-click unsubscribe of their
 * subscription. Nothing when the follower unsubscribed meanwhile; once sent, never again.
 */
@ApplicationScoped
public class MilestoneMail extends MailTask<MilestoneNotice> {

    public static final String KIND = "email-change-milestone";

    @Inject
    Milestones milestones;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Unfollowing unfollowing;

    @Inject
    ChangeRegister register;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<MilestoneNotice> load(long noticeId) {
        return unsent(milestones.notice(noticeId).orElse(null));
    }

    @Override
    protected List<Mail> compose(MilestoneNotice notice, Instant now) {
        var follower = subscriptions.confirmed(notice.subscriptionId());
        var milestone = milestones.find(notice.milestoneId());
        var change = milestone.flatMap(m -> register.find(m.changeId()));
        if (follower.isEmpty() || change.isEmpty()) {
            return List.of();
        }
        var m = milestone.get();
        var locale = Templates.locale(follower.get().language());
        String name = Participations.shortened(change.get().description());
        String stage = Templates.text(locale, "participation.stage." + m.stage().name());
        String evidence = m.evidence() == null ? "" : Templates.text(locale, "participation.milestone.evidence", m.evidence());
        String link = Settings.baseUrl() + "/change.html?id=" + change.get().id();
        return List.of(Mail.toPublic(follower.get().email(), locale, Templates.text(locale, "participation.milestone.subject", name, stage),
                Templates.text(locale, "participation.milestone.text", change.get().description(), stage, m.happenedOn().format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)),
                        evidence, link),
                unfollowing.links(notice.subscriptionId()), "following.unsubscribe.text"));
    }
}

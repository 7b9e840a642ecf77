package org.coproduce.following.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduce.following.entity.Follower;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;
import org.coproduce.stories.boundary.PublishedStoryView;

/**
 * A follower's digest (outbox task {@value #KIND}, queued by {@link DigestRound}): the stories
 * published about the target since the last digest, newest first (at most {@link #MOST}, then a
 * link to the rest), each with its title, an excerpt and its link, in the follower's language.
 * Nothing is sent when there are none; either way the next digest starts where this one ended.
 */
@ApplicationScoped
public class DigestMail extends MailTask<Follower> {

    public static final String KIND = "email-follow-digest";
    static final int MOST = 20;
    private static final int EXCERPT = 300;

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
        return subscriptions.find(subscriptionId).filter(Follower::confirmed);
    }

    @Override
    protected List<Mail> compose(Follower subscription, Instant now) {
        String language = subscription.language();
        var stories = followed.stories(subscription.target(), Optional.ofNullable(subscription.lastDigestAt()), Optional.of(now),
                MOST + 1, language);
        if (stories.isEmpty()) {
            return List.of();
        }
        var locale = Templates.locale(language);
        String what = followed.name(subscription.target(), language).orElse(subscription.target().key());
        String list = stories.stream().limit(MOST).map(s -> Templates.text(locale, "following.digest.story", s.title(),
                excerpt(s), Settings.baseUrl() + "/story.html?id=" + s.id(), s.responses().size())).collect(Collectors.joining());
        String more = stories.size() > MOST ? Templates.text(locale, "following.digest.more",
                Settings.baseUrl() + "/feeds/" + subscription.target().feedPath()) : "";
        return List.of(Mail.toPublic(subscription.email(), locale,
                Templates.text(locale, "following.digest.subject", what, Math.min(MOST, stories.size())),
                Templates.text(locale, "following.digest.text", what, list + more), unfollowing.links(subscription.id()),
                "following.unsubscribe.text"));
    }

    @Override
    protected void mark(Follower subscription, Instant now) {
        subscription.digested(now);
    }

    private static String excerpt(PublishedStoryView story) {
        String text = story.text() == null ? "" : story.text().strip().replaceAll("\\s+", " ");
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
    }
}

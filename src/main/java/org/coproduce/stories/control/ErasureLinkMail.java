package org.coproduce.stories.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coproduce.mail.Mail;
import org.coproduce.mail.MailTask;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Settings;
import org.coproduce.stories.entity.ErasureRequest;

/**
 * E-mails the one-time erasure link (outbox task {@value #KIND}) to the address what an
 * {@link ErasureRequest} found was sent with (stories, barrier reports), in the language of the
 * page it was asked on. Nothing the sender wrote is in it. At least once: sent again, it carries a
 * new link and the old one stops working.
 */
@ApplicationScoped
public class ErasureLinkMail extends MailTask<ErasureLinkMail.Subject> {

    public static final String KIND = "email-erasure-link";

    @Inject
    ErasureRequests requests;

    @Inject
    Clock clock;

    record Subject(ErasureRequest request, String address) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    protected Optional<Subject> load(long requestId) {
        return requests.find(requestId).filter(r -> r.expiresAt().isAfter(clock.instant()))
                .flatMap(r -> requests.address(r).map(address -> new Subject(r, address)));
    }

    @Override
    protected List<Mail> compose(Subject subject, Instant now) {
        var locale = Templates.locale(subject.request().language());
        String link = Settings.baseUrl() + "/erase.html#" + requests.link(subject.request());
        return List.of(new Mail(subject.address(), Templates.text(locale, "erasure.subject"),
                Templates.text(locale, "erasure.text", link, ErasureRequest.VALID.toHours())));
    }
}

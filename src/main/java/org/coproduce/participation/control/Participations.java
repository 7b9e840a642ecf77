package org.coproduce.participation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.coproduce.accounts.control.Caller;
import org.coproduce.changes.control.ChangeRegister;
import org.coproduce.changes.entity.Change;
import org.coproduce.following.control.FollowableChanges;
import org.coproduce.participation.entity.Participation;
import org.coproduce.problems.NotFound;
import org.coproduce.stories.entity.IllegalTransition;

/**
 * Opens and closes a change for participation (only its organisation's responders and quality
 * managers, and admins: the register's own rule) and tells whether it is open. A change can be
 * followed while it is open (following's port {@link FollowableChanges}).
 */
@ApplicationScoped
public class Participations implements FollowableChanges {

    static final int NAME_LENGTH = 80;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeRegister register;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Change change(long changeId) {
        return register.find(changeId).orElseThrow(() -> new NotFound("change", String.valueOf(changeId)));
    }

    public Optional<Participation> of(long changeId) {
        return Optional.ofNullable(em.find(Participation.class, changeId));
    }

    public boolean isOpen(long changeId) {
        return of(changeId).map(Participation::isOpen).orElse(false);
    }

    /** 409 unless the change is open for participation now. */
    public void mustBeOpen(long changeId) {
        if (!isOpen(changeId)) {
            throw new IllegalTransition("This change is not open for participation.");
        }
    }

    /** The change, when the caller may write it (its organisation's responders and quality managers, admins): else 403. */
    public Change writable(long changeId) {
        var change = change(changeId);
        register.mayWrite(change.organisationId());
        return change;
    }

    public Participation open(Change change, boolean open) {
        register.mayWrite(change.organisationId());
        var participation = of(change.id()).orElseGet(() -> {
            var made = new Participation(change.id());
            em.persist(made);
            return made;
        });
        participation.open(open, caller.id(), clock.instant());
        return participation;
    }

    @Override
    public Optional<String> name(long changeId) {
        if (!isOpen(changeId)) {
            return Optional.empty();
        }
        return register.find(changeId).map(c -> shortened(c.description()));
    }

    static String shortened(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= NAME_LENGTH ? flat : flat.substring(0, NAME_LENGTH).strip() + "…";
    }
}

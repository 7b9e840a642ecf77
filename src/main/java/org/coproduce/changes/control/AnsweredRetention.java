package org.coproduce.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.platform.Retention;
import org.coproduce.stories.control.MeTooContacts;
import org.coproduce.stories.control.StoryRetention;

/**
 * "Did it make a difference?" is the last question the platform puts to a member of the public.
 * Once it is answered, the address it was asked at is erased at the next retention pass (the
 * stories component keeps the addresses and erases them):
 * <ul>
 * <li>a storyteller's, when they answered it for every change made that is linked to their story
 * and no change linked to it is still planned;</li>
 * <li>a "me too" reader's, when they answered every question they were asked.</li>
 * </ul>
 */
@ApplicationScoped
public class AnsweredRetention implements Retention {

    @Inject
    StoryRetention stories;

    @Inject
    MeTooContacts meToo;

    @Override
    public Map<String, Integer> purge(Instant now) {
        var purged = new LinkedHashMap<String, Integer>();
        purged.put("storyteller addresses", stories.forgetStorytellersOf("select cs.story_id from change_story cs"
                + " join service_change c on c.id = cs.change_id group by cs.story_id"
                + " having count(cs.answered_at) > 0 and sum(case when c.status = 'PLANNED'"
                + " or (c.status = 'MADE' and cs.answered_at is null) then 1 else 0 end) = 0"));
        purged.put("me-too addresses", meToo.forgetAllOf("select contact_id from difference_ask group by contact_id"
                + " having count(answered_at) = count(*)"));
        return purged;
    }
}

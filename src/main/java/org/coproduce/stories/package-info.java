/**
 * Stories: telling one without an account, following it through a private link, the public
 * reading of published stories, "I've experienced this too", the follow link e-mailed to a
 * storyteller who gave an address ({@link org.coproduce.stories.control.FollowLinkMail}), the "me too" double
 * opt-in ({@link org.coproduce.stories.control.MeTooConfirmationMail}), one-click unsubscribe from every e-mail to
 * the public ({@link org.coproduce.stories.control.Unsubscribes}), and forgetting by age
 * ({@link org.coproduce.stories.control.StoryRetention}). A story's state machine
 * (received → published or rejected; withdrawn at any time) and its progress (unheard → read →
 * responded → change planned → change made) live in {@link org.coproduce.stories.entity.Story}.
 * Moderation, routing and responses act on stories through {@link org.coproduce.stories.control.Stories}.
 * A story's place shows in public only coarsened, and its exact point is the moderators' until a decision
 * ({@link org.coproduce.stories.control.Places}, docs/privacy.md "Places").
 * Erasure without the private link ({@link org.coproduce.stories.control.ErasureRequests}, erase.html)
 * asks every {@code platform.ErasableByAddress}, this component's stories and others' (barrier
 * reports), so it depends on none of those components (barriers depends on stories, not back).
 * <p>
 * Owns tables: story, story_service, story_theme, follow_link, me_too_contact, reaction, erasure_request, story_map_cell.
 */
package org.coproduce.stories;

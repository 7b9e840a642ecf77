package org.coproduce.following.control;

import java.util.Optional;

/**
 * The port through which following asks about a change of the register (implemented by the
 * participation component, which imports this one): a change may be followed while it is open for
 * participation, and its followers are e-mailed at its milestones.
 */
public interface FollowableChanges {

    /** The change's name (its description, shortened) when it may be followed now; empty otherwise. */
    Optional<String> name(long changeId);
}

package org.coproduce.providers.control;

import java.util.Set;

/** These services now belong to another organisation, or their organisation to another parent; fired in that transaction. */
public record ServicesMoved(Set<Long> serviceIds) {
}

package org.coproduce.barriers.boundary;

import jakarta.validation.constraints.Size;

/** The random token the page keeps for "I've met this too" (16 to 100 characters); not needed when signed in. */
public record MetInput(@Size(min = 16, max = 100) String token) {
}

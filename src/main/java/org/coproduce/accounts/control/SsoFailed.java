package org.coproduce.accounts.control;

/**
 * A single sign-on that could not be completed: the provider cannot be reached, refused the code,
 * or sent an ID token that does not hold up. The reason is logged, never shown.
 */
public class SsoFailed extends RuntimeException {

    public SsoFailed(String reason) {
        super(reason);
    }
}

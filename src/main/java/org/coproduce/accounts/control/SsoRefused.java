package org.coproduce.accounts.control;

/** The provider vouched for the user, but nothing in the role map lets them in (or no e-mail address came). */
public class SsoRefused extends RuntimeException {

    public SsoRefused(String reason) {
        super(reason);
    }
}

package org.coproduce.accounts.control;

import jakarta.ws.rs.ForbiddenException;

/** The right password for a disabled account: said only then, so a guesser learns nothing from it. */
public class AccountDisabled extends ForbiddenException {

    public AccountDisabled() {
        super("This account is disabled: ask an administrator to enable it.");
    }
}

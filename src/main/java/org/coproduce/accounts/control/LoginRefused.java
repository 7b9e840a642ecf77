package org.coproduce.accounts.control;

import jakarta.ws.rs.NotAuthorizedException;

/** Wrong e-mail, wrong password or a locked account: deliberately one answer for all three. */
public class LoginRefused extends NotAuthorizedException {

    public LoginRefused() {
        super("E-mail address or password is wrong, or the account is locked after "
                + "too many failed attempts: try again later.", "Session");
    }
}

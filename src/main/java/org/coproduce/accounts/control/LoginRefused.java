package org.coproduce.accounts.control;

import jakarta.ws.rs.NotAuthorizedException;

/** Wrong e-mail or wrong password: deliberately one answer for both. */
public class LoginRefused extends NotAuthorizedException {

    public LoginRefused() {
        super("E-mail address or password is wrong.", "Session");
    }
}

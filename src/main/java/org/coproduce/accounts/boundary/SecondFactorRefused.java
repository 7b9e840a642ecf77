package org.coproduce.accounts.boundary;

import jakarta.ws.rs.NotAuthorizedException;

/** 401 at the second step: no right password in the last few minutes (a wrong code is a 400 naming its field). */
public class SecondFactorRefused extends NotAuthorizedException {

    public SecondFactorRefused() {
        super("Log in with your password first (or again: the login waits 5 minutes for the code).", "Session");
    }
}

package org.coproduce.accounts.boundary;

import jakarta.ws.rs.NotAuthorizedException;

/** 401 at the second step: a wrong or used code, or no right password in the last few minutes. */
public class SecondFactorRefused extends NotAuthorizedException {

    private SecondFactorRefused(String message) {
        super(message, "Session");
    }

    static SecondFactorRefused wrong() {
        return new SecondFactorRefused("The code is wrong or was used already.");
    }

    static SecondFactorRefused expired() {
        return new SecondFactorRefused("Log in with your password first (or again: the login waits 5 minutes for the code).");
    }
}

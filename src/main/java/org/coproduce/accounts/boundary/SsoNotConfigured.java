package org.coproduce.accounts.boundary;

import jakarta.ws.rs.NotFoundException;

/** Single sign-on was asked for where none is set up. */
public class SsoNotConfigured extends NotFoundException {

    public SsoNotConfigured() {
        super("Single sign-on is not configured on this site.");
    }
}

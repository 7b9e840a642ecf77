package org.coproduce.accounts.control;

/**
 * The organisations an account may belong to, as the accounts component needs them. Implemented
 * by the providers component (which depends on this one for its roles, not the other way round).
 */
public interface Organisations {

    boolean exists(long organisationId);
}

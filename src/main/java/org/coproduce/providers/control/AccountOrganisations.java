package org.coproduce.providers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.accounts.control.Organisations;

/** The directory's organisations, for the accounts component (which must not import this one). */
@ApplicationScoped
public class AccountOrganisations implements Organisations {

    @Inject
    Directory directory;

    @Override
    public boolean exists(long organisationId) {
        return directory.organisation(organisationId).isPresent();
    }
}

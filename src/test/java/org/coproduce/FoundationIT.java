package org.coproduce;

import org.coproduce.open311.Open311Journeys;
import org.coproduce.operations.OperationsJourneys;
import org.coproduce.platform.OpenApiJourneys;
import java.net.URL;
import org.coproduce.accounts.AccountLifecycleJourneys;
import org.coproduce.accounts.AccountsJourneys;
import org.coproduce.accounts.AuthorizationMatrixJourneys;
import org.coproduce.accounts.SecondFactorJourneys;
import org.coproduce.accounts.SecurityLogJourneys;
import org.coproduce.moderation.ReasonsJourneys;
import org.coproduce.accounts.ThrottlingJourneys;
import org.coproduce.problems.ProblemsJourneys;
import org.coproduce.providers.DirectoryImportJourneys;
import org.coproduce.providers.DirectoryJourneys;
import org.coproduce.testing.Deployments;
import org.coproduce.web.PrivacyJourneys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The foundation on MariaDB: directory, accounts and sessions, the error contract, an outage, privacy; one deployment. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT implements DirectoryJourneys, AccountsJourneys, ThrottlingJourneys, ProblemsJourneys, PrivacyJourneys,
        SecondFactorJourneys, AuthorizationMatrixJourneys, AccountLifecycleJourneys, SecurityLogJourneys, ReasonsJourneys,
        OperationsJourneys, DirectoryImportJourneys, OpenApiJourneys, Open311Journeys {

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.coproduce();
    }

    @ArquillianResource
    URL base;

    @Override
    public URL base() {
        return base;
    }
}

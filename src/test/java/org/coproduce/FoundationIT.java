package org.coproduce;

import org.coproduce.open311.Open311Journeys;
import org.coproduce.operations.OperationsJourneys;
import org.coproduce.platform.OpenApiJourneys;
import java.net.URL;
import org.coproduce.testing.TestServer;
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
import org.coproduce.web.PrivacyJourneys;

/** The foundation on MariaDB: directory, accounts and sessions, the error contract, an outage, privacy; one deployment. */
class FoundationIT implements DirectoryJourneys, AccountsJourneys, ThrottlingJourneys, ProblemsJourneys, PrivacyJourneys,
        SecondFactorJourneys, AuthorizationMatrixJourneys, AccountLifecycleJourneys, SecurityLogJourneys, ReasonsJourneys,
        OperationsJourneys, DirectoryImportJourneys, OpenApiJourneys, Open311Journeys {

    /** The fork's app, shared with its other IT classes. */
    final URL base = TestServer.url();

    @Override
    public URL base() {
        return base;
    }
}

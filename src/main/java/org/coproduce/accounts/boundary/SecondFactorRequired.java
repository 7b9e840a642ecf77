package org.coproduce.accounts.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.coproduce.problems.Forbidden;

/** 403 for a login whose role needs a second factor it has not set up yet. */
public class SecondFactorRequired extends Forbidden {

    public SecondFactorRequired() {
        super("Your role needs a second factor: set it up first (staff/second-factor.html).");
    }

    /** What such a login may use: its session (log out, who am I) and setting up the second factor. */
    static boolean mayEnrol(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        return path.equals("session") || path.startsWith("session/") || path.equals(SecondFactorsResource.PATH)
                || path.startsWith(SecondFactorsResource.PATH + "/");
    }
}

package org.coproduce.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Integration tests deploy the WAR that Maven just built: exactly what runs in production. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive coproduce() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/coproduce.war"));
    }
}

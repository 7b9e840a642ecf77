package org.coproduce.testing;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test class on the WAR that Maven just built (exactly what runs in production), deployed once for the
 * class on Payara Micro by Arquillian and called from outside as a client would. A subclass lists the {@link Journeys}
 * it runs; each such class costs a Payara start, so list new journeys on an existing one.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedWar implements Journeys {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    public static WebArchive app() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/coproduce.war"));
    }

    @Override
    public URL base() {
        return base;
    }
}

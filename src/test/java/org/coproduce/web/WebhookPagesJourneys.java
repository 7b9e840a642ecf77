package org.coproduce.web;

import static org.coproduce.web.Pages.check;
import static org.coproduce.web.Pages.logIn;
import static org.coproduce.web.Pages.useLanguage;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.coproduce.testing.WebhookReceiver;
import org.junit.jupiter.api.Test;

/**
 * The webhooks page (issue 17), in English and in German: an admin registers an endpoint on a
 * loopback receiver, copies the secret shown once, is refused the cloud metadata address (not an
 * allowed host; the message stands at the address field), and opens the endpoint's delivery log.
 */
interface WebhookPagesJourneys {

    URL base();


    @Test
    default void adminRegistersAWebhookAndReadsItsLogOnThePageInGerman() throws Exception {
        registerAndRead("de", "nur dieses eine Mal", "erlaubten Webhook-Hosts");
    }

    private void registerAndRead(String language, String once, String notAllowed) throws Exception {
        try (var receiver = new WebhookReceiver(); var admin = new Browser(base().toString())) {
            useLanguage(admin, language);
            logIn(admin, "admin");
            admin.open("staff/webhooks.html");
            admin.find("#register-organisation option");
            check(admin, "webhooks-" + language);

            admin.type("#register-url", "http://169.254.169.254/latest/meta-data/");
            admin.click("#register button[type=submit]");
            admin.waitFor(d -> admin.text("#register").contains(notAllowed));
            check(admin, "webhooks-refused-" + language);

            admin.find("#register-url").clear();
            admin.type("#register-url", receiver.url());
            admin.click("#register button[type=submit]");
            admin.waitFor(d -> admin.text("#webhooks-secret").contains("whsec_"));
            assertTrue(admin.text("#webhooks-secret").contains(once), admin.text("#webhooks-secret"));
            assertTrue(admin.text("#endpoints").contains(receiver.url()));
            check(admin, "webhooks-registered-" + language);

            admin.all("#endpoints li.card").stream().filter(c -> c.getText().contains(receiver.url())).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.cssSelector("button")).click();
            admin.waitFor(d -> admin.text("#log").contains(receiver.url()));
            check(admin, "webhooks-log-" + language);
        }
    }
}

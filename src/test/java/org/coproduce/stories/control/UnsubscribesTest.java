package org.coproduce.stories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.coproduce.platform.Secrets;
import org.junit.jupiter.api.Test;

class UnsubscribesTest {

    static Unsubscribes unsubscribes() {
        var unsubscribes = new Unsubscribes();
        unsubscribes.secrets = new Secrets() {
            @Override
            public byte[] get(String name) {
                var key = new byte[32];
                Arrays.fill(key, (byte) name.length());
                return key;
            }
        };
        return unsubscribes;
    }

    @Test
    void theLinksCarryAKeyedTokenNamingWhoseAddressItIs() {
        var links = unsubscribes().storyteller(42);
        String token = links.oneClick().substring(links.oneClick().indexOf("token=") + 6);
        assertTrue(Unsubscribes.TOKEN.matcher(token).matches(), token);
        assertTrue(token.startsWith("s42."), token);
        assertEquals(links.page(), links.page().replace("/api/", "/"), "the text links to the page, not the API");
        assertTrue(links.page().endsWith("/unsubscribe.html#" + token), links.page());
        assertNotEquals(unsubscribes().storyteller(42).oneClick().split("\\.")[1], unsubscribes().meToo(42).oneClick().split("\\.")[1]);
    }

    @Test
    void refusesForgedAndMalformedTokensWithoutTouchingTheDatabase() {
        var unsubscribes = unsubscribes();
        String genuine = unsubscribes.token("s42");
        String forged = "s43" + genuine.substring(3);
        assertFalse(unsubscribes.unsubscribe(forged), "another story's id with this story's key");
        assertFalse(unsubscribes.unsubscribe("m42" + genuine.substring(3)), "a contact's id with a storyteller's key");
        assertFalse(unsubscribes.unsubscribe(null));
        assertFalse(unsubscribes.unsubscribe("x42.abc"));
        assertFalse(unsubscribes.unsubscribe(genuine + "'; drop table story"));
    }
}

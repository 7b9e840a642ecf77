package org.coproduce.platform;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a component holds that was sent with an e-mail address and that the sender may erase
 * without their private link (Art. 17): the stories' erasure request (erase.html) asks every bean
 * implementing it, through CDI, so the component answering the request needs no dependency on the
 * others (stories asks barriers without knowing it). Each implementation erases its own rows, as
 * its own erasure through the private link does. All calls run in the caller's transaction.
 */
public interface ErasableByAddress {

    /** The name of what is erased, stable (it is kept with the request and named in its API): "story", "barrier". */
    String kind();

    /** The ids of what was sent with this address (stripped, lower case) and is not erased yet; at most 100. */
    List<Long> sentWith(String address);

    /** The address (as given) any of these ids still there was sent with, to e-mail the link to. */
    Optional<String> address(List<Long> ids);

    /** Those of these ids still there to erase, as the sender recognises them. */
    List<Erasable> listed(List<Long> ids);

    /** Erases those of these ids still there; returns how many. */
    int erase(List<Long> ids);

    /** One thing to erase, as listed: a title, an excerpt of the sender's words, its state. */
    record Erasable(long id, String title, String excerpt, String status, Instant submittedAt) {

        public static final int EXCERPT = 120;

        /** The first {@value #EXCERPT} characters of a text (empty for none). */
        public static String excerpt(String text) {
            String all = text == null ? "" : text;
            return all.length() <= EXCERPT ? all : all.substring(0, EXCERPT) + "…";
        }
    }
}

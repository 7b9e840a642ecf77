package org.coproduce.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoStoreTest {

    @Test
    void staffSecretLinksAndChangesAreNeverStored() {
        assertTrue(NoStore.personal("GET", "/inbox", true));
        assertTrue(NoStore.personal("GET", "/outcomes", true));
        assertTrue(NoStore.personal("GET", "/follow/abc", false));
        assertTrue(NoStore.personal("POST", "/follow/abc/replies", false));
        assertTrue(NoStore.personal("GET", "/difference/abc", false));
        assertTrue(NoStore.personal("GET", "/erasure-requests/abc", false));
        assertTrue(NoStore.personal("GET", "/barriers/erasure/abc", false));
        assertTrue(NoStore.personal("GET", "/barriers/reported/abc/photos", false));
        assertTrue(NoStore.personal("GET", "/barriers/reported/abc/photos/12", false));
        assertTrue(NoStore.personal("GET", "/contributions/abc", false));
        assertTrue(NoStore.personal("GET", "/session", false));
        assertTrue(NoStore.personal("POST", "/stories", false));
        assertTrue(NoStore.personal("DELETE", "/follow/abc", false));
    }

    @Test
    void publicReadsMayBeCached() {
        assertFalse(NoStore.personal("GET", "/stories", false));
        assertFalse(NoStore.personal("GET", "/outcomes/export.csv", false));
        assertFalse(NoStore.personal("GET", "/followers", false));
        assertFalse(NoStore.personal("HEAD", "/services/3", false));
        assertFalse(NoStore.personal("GET", "/barriers/12", false));
    }

    @Test
    void hstsOnlyOverHttpsOrFromATrustedProxy() {
        assertTrue(SecurityHeaders.overHttps(true, null, false));
        assertTrue(SecurityHeaders.overHttps(false, "https", true));
        assertTrue(SecurityHeaders.overHttps(false, "HTTPS, http", true));
        assertFalse(SecurityHeaders.overHttps(false, "https", false));
        assertFalse(SecurityHeaders.overHttps(false, "http", true));
        assertFalse(SecurityHeaders.overHttps(false, null, true));
    }
}

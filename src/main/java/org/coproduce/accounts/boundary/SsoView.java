package org.coproduce.accounts.boundary;

/** Whether the login page offers single sign-on, and the words on its button ("Log in with …"). */
public record SsoView(boolean enabled, String label) {
}

package org.coproduce.accounts.boundary;

import java.util.List;

/** Shown once, when the second factor is turned on: each opens one login without the app. */
public record RecoveryCodes(List<String> recoveryCodes) {
}

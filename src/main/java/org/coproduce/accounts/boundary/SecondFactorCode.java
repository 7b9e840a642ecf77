package org.coproduce.accounts.boundary;

import jakarta.validation.constraints.Size;

/** The second step of a login: the 6-digit code from the app, or else one of the recovery codes. */
public record SecondFactorCode(@Size(max = 20) String code, @Size(max = 40) String recoveryCode) {
}

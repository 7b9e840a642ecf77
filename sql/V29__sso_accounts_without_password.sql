-- Accounts created by single sign-on (OpenID Connect) have no local password.
ALTER TABLE account MODIFY password_hash VARCHAR(300) NULL;

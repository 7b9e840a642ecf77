package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import org.coproduce.accounts.control.AccountChanges;
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Caller;
import org.coproduce.accounts.control.LoginSessions;
import org.coproduce.accounts.control.PasswordRules;
import org.coproduce.accounts.control.SecurityLog;
import org.coproduce.accounts.entity.SecurityEvent;
import org.coproduce.accounts.control.Organisations;
import org.coproduce.accounts.control.Passwords;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.mail.Templates;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.PageParameters;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Admins manage staff accounts: role, organisations, password, disabled or not. A change of role,
 * organisations or password ends the account's logins (an admin's own current one stays).
 */
@Path("accounts")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Organisations known;

    @Inject
    LoginSessions sessions;

    @Inject
    SecurityLog log;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Allowed(Role.ADMIN)
    @Operation(operationId = "listAccounts", summary = "Staff accounts, with their roles and organisations")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1 (default 1); out of range is 400 naming page",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "size", in = ParameterIn.QUERY,
            description = "Items per page, 1 to 100 (default 20); out of range is 400 naming size",
            schema = @Schema(type = SchemaType.INTEGER))
    public Page<AccountView> list(@BeanParam PageParameters pages) {
        return accounts.all(pages.paging()).map(AccountView::of);
    }

    @POST
    @Allowed(Role.ADMIN)
    @Operation(operationId = "createAccount", summary = "Creates a staff account")
    public Response create(@Valid @NotNull AccountInput input, @Context UriInfo uri) {
        if (input.password() == null) {
            throw new InvalidInput("password", "is required for a new account");
        }
        if (accounts.byEmail(input.email()).isPresent()) {
            throw new Conflict("An account with this e-mail address exists already.");
        }
        PasswordRules.check("password", input.password());
        var account = new Account(input.email(), role(input), passwords.hash(input.password()));
        describe(account, input);
        account.speak(input.language() == null ? Templates.staff().getLanguage() : input.language());
        accounts.add(account);
        log.byCaller(SecurityEvent.Kind.ACCOUNT_CREATED, account.id(), "role " + account.role()
                + ", organisations " + AccountChanges.ids(account.organisationIds()));
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .entity(AccountView.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "updateAccount",
            summary = "Changes a staff account; a change of role, organisations or password ends its logins")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The account's id", schema = @Schema(type = SchemaType.INTEGER)))
    public AccountView update(@PathParam("id") String id, @Valid @NotNull AccountInput input) {
        var account = account(id);
        var before = AccountChanges.before(account);
        if (input.password() != null) {
            PasswordRules.check("password", input.password());
        }
        describe(account, input);
        if (input.password() != null) {
            account.changePassword(passwords.hash(input.password()));
        }
        var changes = before.after(account, input.password() != null);
        changes.forEach(change -> log.byCaller(change.kind(), account.id(), change.detail()));
        if (!changes.isEmpty()) {
            endLogins(account);
        }
        return AccountView.of(account);
    }

    /** Disables the account: its logins end at once and it cannot log in until enabled. Not one's own. */
    @POST
    @Path("{id}/disable")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "disableAccount", summary = "Disables an account and ends its logins at once")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The account's id", schema = @Schema(type = SchemaType.INTEGER)))
    public AccountView disable(@PathParam("id") String id) {
        var account = account(id);
        if (account.id() == caller.id()) {
            throw new Conflict("You cannot disable your own account.");
        }
        if (!account.disabled()) {
            account.disable(clock.instant());
            sessions.endAllOf(account.id());
            log.byCaller(SecurityEvent.Kind.ACCOUNT_DISABLED, account.id(), null);
        }
        return AccountView.of(account);
    }

    @POST
    @Path("{id}/enable")
    @Allowed(Role.ADMIN)
    @Operation(operationId = "enableAccount", summary = "Enables a disabled account again")
    @Parameters(@Parameter(name = "id", in = ParameterIn.PATH,
            description = "The account's id", schema = @Schema(type = SchemaType.INTEGER)))
    public AccountView enable(@PathParam("id") String id) {
        var account = account(id);
        if (account.disabled()) {
            account.enable();
            log.byCaller(SecurityEvent.Kind.ACCOUNT_ENABLED, account.id(), null);
        }
        return AccountView.of(account);
    }

    private Account account(String id) {
        return Ids.parse(id).flatMap(accounts::find).orElseThrow(() -> new NotFound("account", id));
    }

    /** An admin changing their own account keeps this login; everyone else's end. */
    private void endLogins(Account account) {
        if (account.id() == caller.id()) {
            sessions.endOthersOf(account.id(), SessionCookie.from(headers));
        } else {
            sessions.endAllOf(account.id());
        }
    }

    private void describe(Account account, AccountInput input) {
        Set<Long> organisations = input.organisationIds() == null ? Set.of() : input.organisationIds();
        for (Long organisation : organisations) {
            if (organisation == null || !known.exists(organisation)) {
                throw new InvalidInput("organisationIds", "no organisation has the id " + organisation);
            }
        }
        account.describe(input.displayName().strip(), input.jobTitle(), role(input), input.platformWide(), organisations);
        if (input.language() != null) {
            account.speak(input.language());
        }
    }

    private static String role(AccountInput input) {
        return Role.parse(input.role()).orElseThrow(() -> new InvalidInput("role", "must be one of " + Role.ALL));
    }
}

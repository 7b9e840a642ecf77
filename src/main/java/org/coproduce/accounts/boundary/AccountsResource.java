package org.coproduce.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.coproduce.accounts.control.Accounts;
import org.coproduce.accounts.control.Organisations;
import org.coproduce.accounts.control.Passwords;
import org.coproduce.accounts.entity.Account;
import org.coproduce.accounts.entity.Role;
import org.coproduce.platform.Ids;
import org.coproduce.platform.Page;
import org.coproduce.platform.Paging;
import org.coproduce.problems.Conflict;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.NotFound;
import org.coproduce.problems.RetriedOnConflict;

/** Admins manage staff accounts: role, organisations, password. */
@Path("accounts")
@RequestScoped
@Transactional
@RetriedOnConflict
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    @Inject
    Organisations known;

    @GET
    @Allowed(Role.ADMIN)
    public Page<AccountView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return accounts.all(Paging.of(page, size)).map(AccountView::of);
    }

    @POST
    @Allowed(Role.ADMIN)
    public Response create(@Valid @NotNull AccountInput input, @Context UriInfo uri) {
        if (input.password() == null) {
            throw new InvalidInput("password", "is required for a new account");
        }
        if (accounts.byEmail(input.email()).isPresent()) {
            throw new Conflict("An account with this e-mail address exists already.");
        }
        var account = new Account(input.email(), role(input), passwords.hash(input.password()));
        describe(account, input);
        accounts.add(account);
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .entity(AccountView.of(account)).build();
    }

    @PUT
    @Path("{id}")
    @Allowed(Role.ADMIN)
    public AccountView update(@PathParam("id") String id, @Valid @NotNull AccountInput input) {
        var account = Ids.parse(id).flatMap(accounts::find).orElseThrow(() -> new NotFound("account", id));
        describe(account, input);
        if (input.password() != null) {
            account.changePassword(passwords.hash(input.password()));
        }
        return AccountView.of(account);
    }

    private void describe(Account account, AccountInput input) {
        Set<Long> organisations = input.organisationIds() == null ? Set.of() : input.organisationIds();
        for (Long organisation : organisations) {
            if (organisation == null || !known.exists(organisation)) {
                throw new InvalidInput("organisationIds", "no organisation has the id " + organisation);
            }
        }
        account.describe(input.displayName().strip(), input.jobTitle(), role(input), input.platformWide(), organisations);
    }

    private static String role(AccountInput input) {
        return Role.parse(input.role()).orElseThrow(() -> new InvalidInput("role", "must be one of " + Role.ALL));
    }
}

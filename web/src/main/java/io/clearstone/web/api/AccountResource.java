package io.clearstone.web.api;

import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.account.AccountService;
import io.clearstone.domain.account.AccountView;
import io.clearstone.domain.account.OpenAccountRequest;
import io.clearstone.domain.funds.FundsReceipt;
import io.clearstone.domain.funds.FundsService;
import io.clearstone.domain.funds.MoneyMovement;
import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.ledger.BalanceView;
import io.clearstone.domain.ledger.JournalEntryView;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginService;
import io.clearstone.domain.trading.PositionService;
import io.clearstone.domain.trading.PositionValuation;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.valuation.AccountSummary;
import io.clearstone.domain.valuation.AccountSummaryService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Accounts, their balances and journal, collateral summary, deposits and withdrawals. */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TRADER, Roles.RISK_OFFICER, Roles.ADMIN})
@Tag(name = "accounts")
public class AccountResource {

    @Inject
    CallerResolver callers;
    @EJB
    MarginService margins;
    @EJB
    AccountService accounts;
    @EJB
    io.clearstone.domain.ledger.AccountStatements statements;
    @EJB
    FundsService funds;
    @EJB
    AccountSummaryService summaries;
    @EJB
    PositionService positions;
    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "The accounts the caller may see: its own, or all for risk officers and admins")
    public List<AccountView> list() {
        return accounts.visibleTo(callers.caller());
    }

    @POST
    @RolesAllowed({Roles.TRADER, Roles.ADMIN})
    @Operation(summary = "Open an account (cross margin unless stated; idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The account opened; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response open(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid OpenAccountRequest request) {
        Caller caller = callers.caller();
        AccountView opened = idempotency.run(IdempotencyKeys.request(caller, key, "POST /accounts", request),
                AccountView.class, () -> accounts.open(caller, request));
        return Response.created(URI.create("accounts/" + opened.id())).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account: owner, margin mode and method, state")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(callers.caller(), id);
    }

    @GET
    @Path("/{id}/balances")
    @Operation(summary = "The account's balance in every listed asset, at the asset's scale")
    public List<BalanceView> balances(@PathParam("id") long id) {
        return statements.balances(callers.caller(), id);
    }

    @GET
    @Path("/{id}/journal")
    @Operation(summary = "The account's journal legs, newest first")
    public List<JournalEntryView> journal(@PathParam("id") long id,
                                          @QueryParam("limit") @DefaultValue("100") String limit) {
        return statements.journal(callers.caller(), id, QueryParameters.intBetween("limit", limit, 1, 1000));
    }

    @GET
    @Path("/{id}/positions")
    @Operation(summary = "Open positions with mark value and Greeks, valued by their plugins at the current market")
    public List<PositionValuation> positions(@PathParam("id") long id) {
        return positions.positions(callers.caller(), id);
    }

    @GET
    @Path("/{id}/margin")
    @Operation(summary = "Equity, initial and maintenance margin, margin ratio and state; in portfolio mode, per "
            + "underlying the worst scenario and the positions that drive it")
    public MarginAssessment margin(@PathParam("id") long id) {
        return margins.margin(callers.caller(), id);
    }

    @GET
    @Path("/{id}/margin/profile")
    @Operation(summary = "Equity and margin if one underlying's index moved by each step within ±range")
    public io.clearstone.domain.margin.MarginProfile marginProfile(@PathParam("id") long id,
            @QueryParam("underlying") @jakarta.validation.constraints.NotBlank String underlying,
            @QueryParam("range") @DefaultValue("0.3") double range,
            @QueryParam("steps") @DefaultValue("25") int steps) {
        return margins.profile(callers.caller(), id, underlying, range, steps);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Collateral value: Σ balance × index × collateral weight, per asset and in total, in USD")
    public AccountSummary summary(@PathParam("id") long id) {
        return summaries.summarize(callers.caller(), id);
    }

    @POST
    @Path("/{id}/deposits")
    @RolesAllowed({Roles.TRADER, Roles.ADMIN})
    @Operation(summary = "Deposit collateral from external custody (idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The deposit booked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundsReceipt.class)))
    public Response deposit(@PathParam("id") long id,
                            @HeaderParam(IdempotencyKeys.HEADER) String key,
                            @NotNull @Valid MoneyMovement movement) {
        return move(id, key, movement, "deposits",
                (caller, reference) -> funds.deposit(caller, id, movement, reference));
    }

    @POST
    @Path("/{id}/withdrawals")
    @RolesAllowed({Roles.TRADER, Roles.ADMIN})
    @Operation(summary = "Withdraw to external custody, within the free balance (idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The withdrawal booked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FundsReceipt.class)))
    public Response withdraw(@PathParam("id") long id,
                             @HeaderParam(IdempotencyKeys.HEADER) String key,
                             @NotNull @Valid MoneyMovement movement) {
        return move(id, key, movement, "withdrawals",
                (caller, reference) -> funds.withdraw(caller, id, movement, reference));
    }

    /** Runs a deposit or withdrawal once per Idempotency-Key; a retry gets the first receipt again. */
    private Response move(long id, String key, MoneyMovement movement, String operation,
                          BiFunction<Caller, String, FundsReceipt> command) {
        Caller caller = callers.caller();
        FundsReceipt receipt = idempotency.run(
                IdempotencyKeys.request(caller, key, "POST /accounts/" + id + "/" + operation, canonical(movement)),
                FundsReceipt.class, () -> command.apply(caller, IdempotencyKeys.reference(caller, key)));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** 1.5 and 1.50 ask for the same movement. */
    private static MoneyMovement canonical(MoneyMovement movement) {
        return new MoneyMovement(movement.asset(), Decimals.plain(movement.amount()));
    }
}

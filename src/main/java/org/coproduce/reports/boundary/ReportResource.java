package org.coproduce.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.coproduce.accounts.boundary.Allowed;
import org.coproduce.accounts.entity.Role;
import org.coproduce.outcomes.control.Months;
import org.coproduce.outcomes.control.Scopes;
import org.coproduce.outcomes.control.Weeks;
import org.coproduce.platform.Languages;
import org.coproduce.problems.Forbidden;
import org.coproduce.problems.InvalidInput;
import org.coproduce.problems.RetriedOnConflict;
import org.coproduce.reports.control.ReportPeriod;
import org.coproduce.reports.control.Reports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The month's (or an ISO week's) report of an organisation (with its children) or a service as
 * PDF, for its quality managers (and those of its parents, platform-wide ones) and admins: the
 * dashboard's figures for that period, built by the same code as GET /api/outcomes, with the
 * caller's suppression, in the caller's language; the same report the subscriptions e-mail.
 */
@Path("outcomes/report.pdf")
@RequestScoped
@Transactional
@RetriedOnConflict
@Allowed({Role.QUALITY_MANAGER, Role.ADMIN})
@Tag(name = "outcomes")
public class ReportResource {

    static final String PDF = "application/pdf";

    @Inject
    Scopes scopes;

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(PDF)
    @Operation(operationId = "getOutcomesReport", summary = "The month's or week's outcomes report of an organisation or a service as PDF")
    @Parameters({
        @Parameter(name = "organisation", in = ParameterIn.QUERY, description = "An organisation's id: it and the organisations under it",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "service", in = ParameterIn.QUERY, description = "A service's id (instead of organisation)",
                schema = @Schema(type = SchemaType.INTEGER)),
        @Parameter(name = "month", in = ParameterIn.QUERY, description = "The month, YYYY-MM; default the previous month",
                schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$")),
        @Parameter(name = "week", in = ParameterIn.QUERY, description = "An ISO week, YYYY-Www, instead of a month",
                schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-W\\d{2}$"))})
    public Response report(@QueryParam("organisation") String organisation, @QueryParam("service") String service,
            @QueryParam("month") String month, @QueryParam("week") String week) {
        if (blank(organisation) && blank(service)) {
            throw new InvalidInput("organisation", "give an organisation or a service");
        }
        var scope = scopes.of(organisation, service);
        if (!scopes.followedByCaller(scope)) {
            throw new Forbidden("Only quality managers of this organisation and admins receive its report.");
        }
        if (!blank(month) && !blank(week)) {
            throw new InvalidInput("week", "give a month or a week, not both");
        }
        var period = blank(week)
                ? ReportPeriod.month(Months.parse("month", month, YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1)))
                : ReportPeriod.week(Weeks.parse("week", week));
        String language = Languages.preferred(headers);
        var pdf = reports.of(scope, period, scopes.suppressionFor(scope), language).pdf();
        return Response.ok(pdf.content(), PDF).header("Content-Disposition", "attachment; filename=\"" + pdf.name() + "\"")
                .header("Content-Language", language).build();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

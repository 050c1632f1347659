using Zhifa.Web.LegalReview;
using Zhifa.Web.Access;
using Zhifa.Web.Calendar;
using Zhifa.Web.Cases;
using Zhifa.Web.Evidence;
using Zhifa.Web.Health;
using Zhifa.Web.Lists;
using Zhifa.Web.Localization;
using Zhifa.Web.Portal;
using Zhifa.Web.Problems;
using Zhifa.Web.RandomInspection;
using Zhifa.Web.Record;
using Zhifa.Web.Supervision;

namespace Zhifa.Web.Hosting;

/// <summary>The request pipeline and the endpoint table.</summary>
internal static class Pipeline
{
    public static WebApplication UseZhifaPipeline(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = UnhandledErrors.WriteAsync,
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
        });
        app.UseRequestLocalization();
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapZhifaEndpoints(this WebApplication app)
    {
        app.MapHealth();
        app.MapLanguage();
        app.MapOpenApi();
        app.MapAuthApi();
        app.MapListApi();
        app.MapPublicApi();
        app.MapLedgerApi();
        app.MapCalendarApi();
        app.MapCaseApi();
        app.MapCaseDocumentApi();
        app.MapLegalReviewApi();
        app.MapTusApi();
        app.MapEvidenceApi();
        app.MapRandomInspectionApi();
        app.MapSupervisionApi();
        Zhifa.Web.Publicity.PublicationApi.MapPublicationApi(app);
        app.MapRazorPages();
        return app;
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Access;
using Zhifa.Domain.Common;
using Zhifa.Domain.Publicity;
using Zhifa.Domain.Text;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Publicity;

/// <summary>
/// Publication for staff (/api/publicity: preview, approve, withdraw; the push delivery log for administrators)
/// and open data for everyone (/api/public/publications: JSON with cursor paging and incremental reads, CSV,
/// Atom). Only published, masked fields ever leave through the public endpoints.
/// </summary>
internal static class PublicationApi
{
    public const int MaxLimit = 200;

    public static void MapPublicationApi(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup("/api/publicity").RequireAuthorization().WithTags("Publicity");
        staff.MapGet("/cases/{id:guid}/preview", PreviewAsync)
            .WithSummary("The masked publication draft of a decided case, its digest and its deadline.");
        staff.MapPost("/cases/{id:guid}/publish", PublishAsync)
            .WithSummary("Approves and publishes the previewed draft: body {\"digest\": the preview's digest}.");
        staff.MapPost("/cases/{id:guid}/withdraw", WithdrawAsync)
            .WithSummary("Withdraws a publication: body {\"reason\": Revoked|ConfirmedUnlawful|ToBeMadeAnew|DeclaredVoid|Changed, \"note\", \"eventOn\"}.");
        staff.MapPost("/cases/{id:guid}/withdrawal-notice", NoteWithdrawalAsync)
            .WithSummary("Notes that a published decision was changed, revoked, confirmed unlawful, voided or ordered made anew: body {\"reason\", \"eventOn\", \"authority\", \"documentNumber\", \"note\" (internal), \"replacesNoticeId\" (to correct the open notice)}. The withdrawal is due 3 working days after eventOn.");
        staff.MapGet("/withdrawals-due", WithdrawalsDueAsync)
            .WithSummary("Published items whose withdrawal is noted as required and not yet made, earliest due first.");
        staff.MapGet("/deliveries", DeliveriesAsync)
            .WithSummary("Push deliveries for administrators; state=Dead lists the dead letters.");
        staff.MapGet("/deliveries/{id:guid}/attempts", AttemptsAsync);
        staff.MapPost("/deliveries/{id:guid}/redeliver", RedeliverAsync)
            .WithSummary("Puts a dead-lettered delivery back in the queue and records the act; it is sent with the same event id and bytes.");

        var open = endpoints.MapGroup("/api/public/publications").AllowAnonymous().WithTags("Open data");
        open.MapGet("/", ListAsync)
            .WithSummary("Published decisions and inspection results, newest first; q searches, cursor pages (the nextCursor of the previous page).");
        open.MapGet("/changes", ChangesAsync)
            .WithSummary("Everything published or withdrawn after the sequence 'since', oldest first; read nextSince for the next call.");
        open.MapGet("/{id:guid}", GetAsync);
        open.MapGet("/export.csv", CsvAsync)
            .WithSummary("The published items as CSV (UTF-8 with BOM); text cells starting with = + - @ are neutralised.");
        open.MapGet("/feed.atom", AtomAsync)
            .WithSummary("Atom feed of the latest publications and withdrawals.");
    }

    internal sealed record PublishRequest(string? Digest);

    internal sealed record WithdrawRequest(WithdrawalReason? Reason, string? Note, DateOnly? EventOn);

    internal sealed record WithdrawalNoticeRequest(
        WithdrawalReason? Reason, DateOnly? EventOn, string? Authority, string? DocumentNumber, string? Note, Guid? ReplacesNoticeId);

    private static async Task<IResult> PreviewAsync(Guid id, PublicationService service, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!PublicityAccess.Sees(actor.Roles))
        {
            return Results.Forbid();
        }

        var result = await service.PreviewAsync(id, actor.Scope, ct);
        if (!result.IsSuccess)
        {
            return CaseProblems.From(result.Errors);
        }

        var p = result.Value;
        return Results.Ok(new
        {
            draft = p.Draft,
            digest = p.Digest,
            due = p.Due.Day,
            provisional = p.Due.IsProvisional,
            state = p.State.ToString(),
            published = p.Current is { Withdrawn: false },
            version = p.Current?.Version,
        });
    }

    private static async Task<IResult> PublishAsync(
        Guid id, PublishRequest? request, PublicationService service, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var result = await service.PublishAsync(id, request?.Digest, await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct);
        return result.IsSuccess
            ? Results.Ok(PublicationJson.Of(result.Value, result.Value.Version, result.Value.FeedSequence, result.Value.ChangedAt))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> WithdrawAsync(
        Guid id, WithdrawRequest? request, PublicationService service, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var result = await service.WithdrawAsync(
            id, request?.Reason, request?.Note, request?.EventOn, await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct);
        return result.IsSuccess
            ? Results.Ok(PublicationJson.Of(result.Value, result.Value.Version, result.Value.FeedSequence, result.Value.ChangedAt))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> NoteWithdrawalAsync(
        Guid id, WithdrawalNoticeRequest? request, WithdrawalNoticeService notices, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var result = await notices.NoteAsync(
            id,
            request?.Reason,
            request?.EventOn,
            request?.Authority,
            request?.DocumentNumber,
            request?.Note,
            request?.ReplacesNoticeId,
            await actors.GetAsync(ct),
            (await current.GetAsync(ct)).Scope,
            ct);
        return result.IsSuccess
            ? Results.Ok(WithdrawalJson(result.Value))
            : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> WithdrawalsDueAsync(WithdrawalNoticeService notices, CurrentActor current, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!PublicityAccess.Sees(actor.Roles))
        {
            return Results.Forbid();
        }
        var due = await notices.DueAsync(actor.Scope, ct);
        return Results.Ok(due.Select(d => new
        {
            caseId = d.Publication.CaseId,
            documentNumber = d.Publication.DocumentNumber,
            version = d.Publication.Version,
            notice = WithdrawalJson(d.Open),
        }));
    }

    private static object WithdrawalJson(OpenWithdrawal open) => new
    {
        id = open.Notice.Id,
        caseId = open.Notice.CaseId,
        reason = open.Notice.Reason.ToString(),
        eventOn = open.Notice.EventOn,
        authority = open.Notice.Authority,
        documentNumber = open.Notice.DocumentNumber,
        note = open.Notice.Note,
        replacesNoticeId = open.Notice.ReplacesNoticeId,
        publicationVersion = open.Notice.PublicationVersion,
        due = open.Due.Day,
        provisional = open.Due.IsProvisional,
        state = open.State.ToString(),
    };

    private static bool IsAdministrator(HttpContext http) => http.User.IsInRole(Roles.SystemAdministrator);

    private static async Task<IResult> DeliveriesAsync(HttpContext http, DeliveryState? state, ZhifaDbContext db, CancellationToken ct)
    {
        if (!IsAdministrator(http))
        {
            return Results.Forbid();
        }

        var query = db.WebhookDeliveries.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(d => d.State == s);
        }

        var rows = await query.OrderByDescending(d => d.EventId).Take(500).ToListAsync(ct);
        return Results.Ok(rows.Select(d => new
        {
            d.Id,
            d.EventId,
            d.CaseId,
            d.CaseSequence,
            d.Target,
            state = d.State.ToString(),
            d.Attempts,
            d.NextAttemptAt,
            d.LastStatus,
            d.LastError,
            d.DeliveredAt,
        }));
    }

    private static async Task<IResult> AttemptsAsync(Guid id, HttpContext http, ZhifaDbContext db, CancellationToken ct)
    {
        if (!IsAdministrator(http))
        {
            return Results.Forbid();
        }

        var rows = await db.WebhookAttempts.AsNoTracking().Where(a => a.DeliveryId == id).OrderBy(a => a.Attempt).ToListAsync(ct);
        return Results.Ok(rows.Select(a => new { a.Attempt, a.Dispatcher, a.At, a.Status, a.Error, a.DurationMs }));
    }

    private static async Task<IResult> RedeliverAsync(
        Guid id, HttpContext http, WebhookRedelivery redelivery, CaseActors actors, CancellationToken ct)
    {
        if (!IsAdministrator(http))
        {
            return Results.Forbid();
        }

        return await redelivery.RedeliverAsync(id, await actors.GetAsync(ct), actors.OrganisationId, ct)
            ? Results.Ok(new { id, state = DeliveryState.Pending.ToString() })
            : ProblemResults.From(Error.Conflict("publicity.not_dead", "Only a dead-lettered delivery can be redelivered by hand."));
    }

    private static async Task<IResult> ListAsync(
        string? q, PublicationKind? kind, string? cursor, string? limit, PublicationQueries queries, CancellationToken ct)
    {
        var max = await queries.MaxSequenceAsync(ct);
        if (!QueryNumber.TryRead("cursor", cursor, 1, Math.Max(1, max + 1), max + 1, out var before, out var problem)
            || !QueryNumber.TryRead("limit", limit, 1, MaxLimit, 50, out var size, out problem))
        {
            return problem!;
        }

        var items = await queries.ListAsync(q, kind, before, (int)size, ct);
        return Results.Ok(new
        {
            items = items.Select(p => PublicationJson.Of(p, p.Version, p.FeedSequence, p.ChangedAt)),
            nextCursor = items.Count == size ? items[^1].FeedSequence : (long?)null,
        });
    }

    private static async Task<IResult> ChangesAsync(string? since, string? limit, PublicationQueries queries, CancellationToken ct)
    {
        var max = await queries.MaxSequenceAsync(ct);
        if (!QueryNumber.TryRead("since", since, 0, max, 0, out var after, out var problem)
            || !QueryNumber.TryRead("limit", limit, 1, MaxLimit, 100, out var size, out problem))
        {
            return problem!;
        }

        var items = await queries.ChangesAsync(after, (int)size, ct);
        return Results.Ok(new
        {
            items = items.Select(v => PublicationJson.Of(v, v.Version, v.Sequence, v.At)),
            nextSince = items.Count > 0 ? items[^1].Sequence : after,
        });
    }

    private static async Task<IResult> GetAsync(Guid id, PublicationQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } p
            ? Results.Ok(PublicationJson.Of(p, p.Version, p.FeedSequence, p.ChangedAt))
            : Results.NotFound();

    private static async Task CsvAsync(HttpContext http, string? q, PublicationKind? kind, PublicationQueries queries, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"publications.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await writer.WriteAsync(CsvLine(["类别", "文号", "执法机关", "当事人", "案由", "违法事实", "依据", "处理结果", "决定日期", "版本"]));
        var before = long.MaxValue;
        while (true)
        {
            var page = await queries.ListAsync(q, kind, before, 1000, ct);
            foreach (var p in page)
            {
                await writer.WriteAsync(CsvLine(
                [
                    p.Kind == PublicationKind.PenaltyDecision ? "行政处罚决定" : "检查结果",
                    p.DocumentNumber, p.Body, p.Party, p.Title, p.Facts, p.Basis, p.Result,
                    p.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    p.Version.ToString(CultureInfo.InvariantCulture),
                ]));
            }

            if (page.Count < 1000)
            {
                break;
            }

            before = page[^1].FeedSequence;
        }
    }

    /// <summary>One CSV line: every text cell neutralised against formulas, quoted when it needs to be.</summary>
    public static string CsvLine(IEnumerable<string> cells) =>
        string.Join(",", cells.Select(c =>
        {
            var text = SpreadsheetText.Neutralise(c ?? "");
            return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
        })) + "\r\n";

    /// <summary>
    /// Returns the text without the characters XML cannot hold. New input refuses them, but rows stored before that
    /// check may have them, and one would otherwise end the feed for every reader mid-document.
    /// </summary>
    public static string XmlText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                result.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }

    private static async Task AtomAsync(HttpContext http, PublicationQueries queries, CancellationToken ct)
    {
        var changes = await queries.LatestChangesAsync(50, ct);
        var origin = $"{http.Request.Scheme}://{http.Request.Host}";
        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = false };
        await using var xml = XmlWriter.Create(http.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
        xml.WriteElementString("title", "行政执法决定公示");
        xml.WriteElementString("id", origin + "/api/public/publications/feed.atom");
        xml.WriteElementString("updated", (changes.Count > 0 ? changes[0].At : DateTimeOffset.UnixEpoch).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("href", origin + "/api/public/publications/feed.atom");
        xml.WriteEndElement();
        foreach (var v in changes)
        {
            xml.WriteStartElement("entry");
            xml.WriteElementString("id", $"urn:zhifa:publication:{v.CaseId}:{v.Version}");
            xml.WriteElementString("title", XmlText((v.Withdrawn ? "【已撤回】" : "") + v.DocumentNumber + " " + v.Title));
            xml.WriteElementString("updated", v.At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", XmlText(v.Body));
            xml.WriteEndElement();
            xml.WriteStartElement("link");
            xml.WriteAttributeString("href", $"{origin}/portal/decisions/{v.CaseId}");
            xml.WriteEndElement();
            xml.WriteElementString(
                "summary",
                XmlText(v.Withdrawn
                    ? $"已撤回：{v.WithdrawalNote}"
                    : $"当事人：{v.Party}；处理结果：{v.Result}；决定日期：{v.DecidedOn:yyyy-MM-dd}"));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        await xml.WriteEndDocumentAsync();
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhifa.Documents;
using Zhifa.Documents.Model;
using Zhifa.Domain.Access;
using Zhifa.Domain.Common;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.Supervision;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Files;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Supervision;

/// <summary>
/// The annual enforcement statistics of an office: computed from the cases, rendered as XLSX and PDF, and
/// published on the portal with an entry <c>annual_report.published</c> in the full-process record.
/// </summary>
public sealed class AnnualReportService(ZhifaDbContext db, RecordWriter record, ContentStore store, TimeProvider clock)
{
    public const string PublishedAction = "annual_report.published";

    public async Task<Result<AnnualReportDraft>> DraftAsync(Guid officeId, int year, OrganisationScope scope, CancellationToken ct)
    {
        var tree = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var offices = OrganisationScope.OfficesById(tree);
        if (!scope.CanSee(officeId) || !offices.TryGetValue(officeId, out var office) || office.Id != officeId)
        {
            return Error.NotFound("annual_report.office_not_found", $"{officeId} is not an enforcement body you can see.");
        }

        if (year is < 2000 or > 2100)
        {
            return Error.Invalid("annual_report.year_out_of_range", $"The year must be from 2000 to 2100; {year} is not.");
        }

        var members = tree.Where(o => offices[o.Id].Id == officeId).Select(o => o.Id).ToList();
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var facts = await db.Cases.AsNoTracking()
            .Where(c => members.Contains(c.OrganisationId))
            .Where(c => (c.RegisteredOn >= start && c.RegisteredOn <= end)
                || (c.FiledOn >= start && c.FiledOn <= end)
                || (c.Decision.DecidedOn >= start && c.Decision.DecidedOn <= end)
                || (c.Execution.PaidOn >= start && c.Execution.PaidOn <= end)
                || (c.Execution.ClosedOn >= start && c.Execution.ClosedOn <= end)
                || (c.Hearing.HeldOn >= start && c.Hearing.HeldOn <= end)
                || (c.Review.ReviewedOn >= start && c.Review.ReviewedOn <= end)
                || (c.Decision.DiscussedOn >= start && c.Decision.DiscussedOn <= end))
            .Select(c => new AnnualCaseFacts(
                c.Procedure, c.RegisteredOn, c.FiledOn, c.Decision.DecidedOn, c.Proposal.Outcome, c.Proposal.Penalties,
                c.Proposal.FineAmount, c.Proposal.ConfiscationAmount, c.Hearing.HeldOn, c.Review.ReviewedOn,
                c.Decision.DiscussedOn, c.Execution.PaidOn, c.Execution.PaidAmount + c.Execution.SurchargeAmount, c.Execution.ClosedOn))
            .ToListAsync(ct);
        var drawn = await db.DrawnInspections.AsNoTracking()
            .CountAsync(t => members.Contains(t.OrganisationId) && t.CreatedAt >= new DateTimeOffset(year, 1, 1, 0, 0, 0, AgencyTime.Offset)
                && t.CreatedAt < new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, AgencyTime.Offset), ct);
        return new AnnualReportDraft(office.Id, office.Name, year, AnnualStatistics.Compute(year, facts, drawn));
    }

    /// <summary>Publishes the year's report of an office; the year must be over.</summary>
    public async Task<Result<AnnualReport>> PublishAsync(Guid officeId, int year, Actor actor, CancellationToken ct)
    {
        if (!actor.Roles.Contains(Roles.LegalAdministrator) && !actor.Roles.Contains(Roles.AgencyLeader))
        {
            return Error.Forbidden("annual_report.role_required", "The legal affairs administrator or an agency leader publishes the annual statistics.");
        }

        var today = AgencyTime.Today(clock);
        if (year >= today.Year)
        {
            return Error.Rule(
                "annual_report.year_not_over",
                $"The statistics of {year} are published after the year ends, by {AnnualReportDeadline.DueOn(year):yyyy-MM-dd}.",
                SupervisionLaw.AnnualStatistics,
                new Dictionary<string, string> { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        var drafted = await DraftAsync(officeId, year, actor.Scope, ct);
        if (!drafted.IsSuccess)
        {
            return Result<AnnualReport>.Failure(drafted.Errors);
        }

        var draft = drafted.Value;
        var xlsx = await StoreAsync(stream => WriteXlsx(draft, stream), ct);
        var pdf = await StoreAsync(stream => WritePdf(draft, stream), ct);
        var report = new AnnualReport
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OrganisationId = officeId,
            Year = year,
            Lines = JsonSerializer.Serialize(draft.Lines),
            XlsxSha256 = xlsx,
            PdfSha256 = pdf,
            PublishedAt = clock.GetUtcNow(),
            PublishedBy = actor.Name,
        };
        await record.SaveAsync(
            async token =>
            {
                var latest = await db.AnnualReports.Where(r => r.OrganisationId == officeId && r.Year == year).MaxAsync(r => (int?)r.Version, token);
                report.Version = (latest ?? 0) + 1;
                db.AnnualReports.Add(report);
            },
            () =>
            [
                new RecordAction(
                    actor.UserId?.ToString() ?? "system",
                    actor.CertificateNumber,
                    officeId,
                    PublishedAction,
                    $"annual-report/{officeId}/{year}",
                    new { year, version = report.Version, lines = draft.Lines.Select(l => new { l.Code, l.Value }) },
                    [xlsx, pdf]),
            ],
            ct);
        return report;
    }

    /// <summary>The latest version of every published report in the scope (all of them for the portal).</summary>
    public async Task<IReadOnlyList<AnnualReport>> PublishedAsync(IReadOnlyCollection<Guid>? offices, CancellationToken ct)
    {
        var all = await db.AnnualReports.AsNoTracking()
            .Where(r => offices == null || offices.Contains(r.OrganisationId))
            .ToListAsync(ct);
        return [.. all.GroupBy(r => (r.OrganisationId, r.Year))
            .Select(g => g.MaxBy(r => r.Version)!)
            .OrderByDescending(r => r.Year)];
    }

    public static void WriteXlsx(AnnualReportDraft draft, Stream output)
    {
        var rows = draft.Lines.Select(l => new Dictionary<string, object>
        {
            ["项目 Item"] = $"{l.Chinese} {l.English}",
            ["数值 Value"] = l.Value,
        });
        output.SaveAs(rows, sheetName: $"{draft.Year}", excelType: ExcelType.XLSX);
    }

    public static void WritePdf(AnnualReportDraft draft, Stream output)
    {
        var document = new EnforcementDocument(
            draft.OfficeName,
            $"{draft.Year}年度行政执法统计年报",
            "",
            [
                new FieldTableBlock([.. draft.Lines.Select(l => new FieldRow(l.Chinese, l.IsAmount ? l.Value.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) : l.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))]),
                new FooterNoteBlock($"依据{SupervisionLaw.AnnualStatistics.Chinese}，于每年1月31日前公开上年度行政执法总体情况。数据由执法三项制度平台根据全过程记录生成。"),
            ]);
        DocumentRenderer.ToPdf(document, output);
    }

    private async Task<string> StoreAsync(Action<Stream> write, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        return await store.PutAsync(buffer, ct);
    }
}

/// <summary>The figures of an office's year, before or without publication.</summary>
public sealed record AnnualReportDraft(Guid OfficeId, string OfficeName, int Year, IReadOnlyList<StatisticLine> Lines);

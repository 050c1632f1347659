using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Publicity;
using Zhifa.Infrastructure.Cases;
using Zhifa.Infrastructure.Publicity;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;
using Zhifa.Web.Localization;
using Zhifa.Web.Problems;

namespace Zhifa.Web.Pages.Publicity;

/// <summary>
/// One case's publication: the masked draft exactly as it will be published, a note of what masking changed,
/// the deadline, the approval form and, once published, the form that notes why it must be withdrawn and the
/// withdrawal form. The approval form posts the preview's digest, so a case changed since the preview is not
/// published unseen. Rejections show their legal source.
/// </summary>
public sealed class CaseModel(
    PublicationService publications,
    WithdrawalNoticeService notices,
    CaseService cases,
    CurrentActor current,
    CaseActors actors,
    Texts texts)
    : PageModel
{
    public EnforcementCase Case { get; private set; } = null!;

    /// <summary>The preview, or null when no draft can be built (see <see cref="Withheld"/>).</summary>
    public PublicationPreview? Preview { get; private set; }

    /// <summary>Why the case has no draft: not decided yet, a minor party, a transfer as a suspected crime.</summary>
    public IReadOnlyList<string> Withheld { get; private set; } = [];

    /// <summary>The fields whose published text differs from the case's, with the kinds of data removed.</summary>
    public IReadOnlyList<MaskingNote> Masked { get; private set; } = [];

    public bool MayApprove { get; private set; }

    public bool MayNote { get; private set; }

    /// <summary>The noted event that requires withdrawing the live publication, if any.</summary>
    public OpenWithdrawal? OpenWithdrawal { get; private set; }

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public PublicityForm Form { get; set; } = new();

    public bool IsLive => Preview?.Current is { Withdrawn: false };

    /// <summary>Whether the published version differs from the current draft (the case changed after publication).</summary>
    public bool HasNewerDraft => Preview is { Current: { Withdrawn: false } live } p && PublicationService.Digest(live) != p.Digest;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Done = done;
        return await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!IndexModel.SeesPublicity(actor.Roles))
        {
            return Forbid();
        }

        var result = await publications.PublishAsync(id, Form.Digest, await actors.GetAsync(ct), actor.Scope, ct);
        return result.IsSuccess ? Redirect($"/publicity/cases/{id}?done=published") : await ShowProblemsAsync(id, result.Errors, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!IndexModel.SeesPublicity(actor.Roles))
        {
            return Forbid();
        }

        var problems = new List<Error>();
        if (Form.Reason is null)
        {
            problems.Add(Error.Invalid("publicity.reason_required", "Choose the reason for the withdrawal.") with
            {
                Arguments = new Dictionary<string, string> { ["field"] = "reason" },
            });
        }

        var eventOn = ReadDay(Form.EventOn, problems);
        if (problems.Count > 0)
        {
            return await ShowProblemsAsync(id, problems, ct);
        }

        var result = await publications.WithdrawAsync(id, Form.Reason, Form.Note, eventOn, await actors.GetAsync(ct), actor.Scope, ct);
        return result.IsSuccess ? Redirect($"/publicity/cases/{id}?done=withdrawn") : await ShowProblemsAsync(id, result.Errors, ct);
    }

    public async Task<IActionResult> OnPostNoteWithdrawalAsync(Guid id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!IndexModel.SeesPublicity(actor.Roles))
        {
            return Forbid();
        }

        var problems = new List<Error>();
        var eventOn = ReadDay(Form.NoticeEventOn, problems);
        if (problems.Count > 0)
        {
            return await ShowProblemsAsync(id, problems, ct);
        }

        var result = await notices.NoteAsync(
            id, Form.NoticeReason, eventOn, Form.Authority, Form.DocumentNumber, Form.NoticeNote, await actors.GetAsync(ct), actor.Scope, ct);
        return result.IsSuccess ? Redirect($"/publicity/cases/{id}?done=withdrawal-noted") : await ShowProblemsAsync(id, result.Errors, ct);
    }

    /// <summary>The message of a refusal in the page's language, with the field or the article it concerns.</summary>
    public string Describe(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Arguments.TryGetValue("field", out var field)
            ? $"{texts["pubstaff.field." + field]}：{texts.ForError(error)}"
            : texts.ForErrorWithSource(error);
    }

    // A day typed in a form: empty is null, anything but yyyy-MM-dd is reported rather than dropped.
    private static DateOnly? ReadDay(string? text, List<Error> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add(Error.Invalid("publicity.event_on_invalid", "The event day is not a date of the form yyyy-MM-dd.") with
        {
            Arguments = new Dictionary<string, string> { ["field"] = "eventOn" },
        });
        return null;
    }

    private async Task<IActionResult> ShowProblemsAsync(Guid id, IReadOnlyList<Error> errors, CancellationToken ct)
    {
        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return NotFound();
        }

        var loaded = await LoadAsync(id, ct);
        if (loaded is not PageResult)
        {
            return loaded;
        }

        var fields = errors.Where(e => e.Arguments.ContainsKey("field")).ToList();
        Messages = [.. (fields.Count > 0 ? fields : errors).Select(Describe)];
        Response.StatusCode = fields.Count > 0
            ? StatusCodes.Status400BadRequest
            : ProblemResults.StatusFor(errors.OrderBy(e => e.Kind == ErrorKind.Conflict ? 0 : 1).First().Kind);
        return loaded;
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = await current.GetAsync(ct);
        if (!IndexModel.SeesPublicity(actor.Roles))
        {
            return Forbid();
        }

        var c = await cases.FindAsync(id, actor.Scope, ct);
        if (c is null)
        {
            return NotFound();
        }

        Case = c;
        MayApprove = IndexModel.Approves(actor.Roles);
        MayNote = WithdrawalNoticeService.MayNote(await actors.GetAsync(ct));
        var preview = await publications.PreviewAsync(id, actor.Scope, ct);
        if (preview.IsSuccess)
        {
            Preview = preview.Value;
            Masked = MaskingNote.Compare(c, preview.Value.Draft);
            OpenWithdrawal = await notices.OpenAsync(preview.Value.Current, ct);
        }
        else
        {
            Withheld = [.. preview.Errors.Select(Describe)];
        }

        return Page();
    }
}

/// <summary>The publicity page's forms as posted.</summary>
public sealed class PublicityForm
{
    public string? Digest { get; set; }

    public WithdrawalReason? Reason { get; set; }

    public string? Note { get; set; }

    public string? EventOn { get; set; }

    public WithdrawalReason? NoticeReason { get; set; }

    public string? NoticeEventOn { get; set; }

    public string? Authority { get; set; }

    public string? DocumentNumber { get; set; }

    public string? NoticeNote { get; set; }
}

/// <summary>One published field whose text masking changed, and how many masked spans it now contains.</summary>
public sealed record MaskingNote(string Field, int MaskedSpans, bool NameMasked)
{
    /// <summary>Compares each published field with the case's own text.</summary>
    public static IReadOnlyList<MaskingNote> Compare(EnforcementCase c, PublicationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(draft);
        var inspection = c.Procedure == ProcedureKind.Inspection;
        (string Field, string Original, string Published)[] fields =
        [
            ("party", c.Party.Name, draft.Party),
            ("title", c.Title, draft.Title),
            ("facts", (inspection ? c.Inspection.Findings : c.Proposal.Facts) ?? "", draft.Facts),
            ("basis", inspection ? "" : c.Proposal.LegalBasis ?? "", draft.Basis),
            ("result", inspection ? draft.Result : PublicationDrafts.PenaltyText(c.Proposal), draft.Result),
        ];
        return [.. fields
            .Where(f => !string.Equals(f.Original.Trim(), f.Published.Trim(), StringComparison.Ordinal))
            .Select(f => new MaskingNote(
                f.Field,
                Count(f.Published, TextMasker.MaskedNumber) - Count(f.Original, TextMasker.MaskedNumber),
                f.Published.Contains('某', StringComparison.Ordinal) && !f.Original.Contains('某', StringComparison.Ordinal)))];
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

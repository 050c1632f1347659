using System.Globalization;

namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>Publication through /api/publicity: the head previews the masked draft and publishes that exact draft.</summary>
internal sealed class Publisher(ScenarioContext context)
{
    /// <summary>
    /// Publishes the previewed draft, after checking that none of <paramref name="masked"/> (personal data in the
    /// case's facts) appears in it.
    /// </summary>
    public async Task PublishAsync(Guid caseId, string what, params string[] masked)
    {
        var preview = await context.Platform.GetAsync("head", $"/api/publicity/cases/{caseId}/preview");
        var draft = preview.GetProperty("draft");
        var digest = preview.GetProperty("digest").GetString();
        var shown = masked.Where(m => draft.GetRawText().Contains(m, StringComparison.Ordinal)).ToList();
        if (shown.Count > 0)
        {
            throw new DemoMonthException($"the publication draft of case {caseId} shows personal data unmasked: {string.Join(", ", shown)}.");
        }

        if (masked.Length > 0)
        {
            context.Say($"preview checked: the draft masks the {masked.Length} personal data items of the facts");
        }

        await context.Platform.PostAsync("head", $"/api/publicity/cases/{caseId}/publish", new { digest });
        context.Tally.PublishedCases.Add(caseId);
        context.Say($"{what} published after preview: party shown as \"{draft.GetProperty("party").GetString()}\", due {preview.GetProperty("due").GetString()}");
    }

    /// <summary>
    /// An officer notes that the reconsideration body revoked the decision on <paramref name="eventOn"/>; the head
    /// then withdraws the publication, its reason and event day taken from the notice.
    /// </summary>
    public async Task RevokeAndWithdrawAsync(Guid caseId, string note, DateOnly eventOn)
    {
        var documentNumber = $"长政复决字〔{eventOn.Year}〕{int.Parse(context.RunTag[^2..], CultureInfo.InvariantCulture) + 1}号";
        var notice = await context.Platform.PostAsync("officer", $"/api/publicity/cases/{caseId}/withdrawal-notice", new
        {
            reason = "Revoked",
            eventOn = CaseDriver.Day(eventOn),
            authority = "长治市人民政府",
            documentNumber,
        });
        context.Tally.WithdrawalNotices.Add(caseId);
        context.Say($"revocation noted ({documentNumber}): withdraw by {notice.GetProperty("due").GetString()}");

        await context.Platform.PostAsync("head", $"/api/publicity/cases/{caseId}/withdraw", new { note });
        context.Tally.WithdrawnCases.Add(caseId);
        context.Say($"publication withdrawn: Revoked, \"{note}\"");
    }
}

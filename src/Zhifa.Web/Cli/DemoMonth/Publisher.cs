namespace Zhifa.Web.Cli.DemoMonth;

/// <summary>Publication through /api/publicity: the head previews the masked draft and publishes that exact draft.</summary>
internal sealed class Publisher(ScenarioContext context)
{
    public async Task PublishAsync(Guid caseId, string what)
    {
        var preview = await context.Platform.GetAsync("head", $"/api/publicity/cases/{caseId}/preview");
        var draft = preview.GetProperty("draft");
        var digest = preview.GetProperty("digest").GetString();
        await context.Platform.PostAsync("head", $"/api/publicity/cases/{caseId}/publish", new { digest });
        context.Tally.PublishedCases.Add(caseId);
        context.Say($"{what} published after preview: party shown as \"{draft.GetProperty("party").GetString()}\", due {preview.GetProperty("due").GetString()}");
    }

    public async Task WithdrawAsync(Guid caseId, string note, DateOnly eventOn)
    {
        await context.Platform.PostAsync("head", $"/api/publicity/cases/{caseId}/withdraw", new
        {
            reason = "Revoked",
            note,
            eventOn = CaseDriver.Day(eventOn),
        });
        context.Tally.WithdrawnCases.Add(caseId);
        context.Say($"publication withdrawn: Revoked, \"{note}\"");
    }
}

namespace Zhifa.Web.Pages.Cases;

/// <summary>
/// The optional fields each action's form shows beside the fields its transition requires, so a person can
/// enter everything the step records in one form.
/// </summary>
internal static class ActionFields
{
    private static readonly Dictionary<string, string[]> Optional = new()
    {
        ["propose-decision"] = ["penalties", "fineAmount", "correctionOrder", "complexOrSerious", "majorPublicInterest"],
        ["revise-proposal"] = ["penalties", "fineAmount", "correctionOrder", "complexOrSerious", "majorPublicInterest"],
        ["record-statement"] = ["statementSummary", "recheckOpinion", "statementWaived"],
        ["deliver"] = ["electronicConsent", "lateReason"],
        ["record-execution"] = ["paidAmount", "reason"],
        ["decide-on-spot"] = ["fineAmount", "correctionOrder"],
        ["file-with-agency"] = ["lateReason"],
        ["declare-recusal"] = ["officerId"],
    };

    public static IReadOnlyList<string> For(string action, IReadOnlyList<string> required) =>
        [.. required, .. Optional.GetValueOrDefault(action, []).Where(f => !required.Contains(f))];
}

using System.Globalization;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Cases.Rules;

/// <summary>
/// Who may act: at least two officers whose certificates are valid on the day of the step and cover the
/// matter's category and the case's area, each of whom has declared that they need not withdraw.
/// </summary>
public static class OfficerRules
{
    public const int MinimumOfficers = 2;

    /// <summary>Checks the case's acting officers on the step's effective day.</summary>
    public static Error? TwoCertifiedOfficers(CaseContext ctx) =>
        TwoCertifiedOfficers(ctx, ctx.Case.ActingOfficerIds.ToList());

    /// <summary>Checks a proposed team, as filing approval and a change of officers do.</summary>
    public static Error? TwoCertifiedOfficers(CaseContext ctx, IReadOnlyList<Guid> officerIds)
    {
        var problems = new List<string>();
        var qualified = 0;
        foreach (var id in officerIds.Distinct())
        {
            var problem = CertificateProblem(ctx, id);
            if (problem is null)
            {
                qualified++;
            }
            else
            {
                problems.Add(problem);
            }
        }

        if (qualified >= MinimumOfficers)
        {
            return null;
        }

        var detail = problems.Count == 0 ? "" : " " + string.Join(" ", problems);
        return Error.Rule(
            "case.officers_not_qualified",
            $"At least {MinimumOfficers} officers with certificates valid on {Day(ctx.EffectiveOn)} for the " +
            $"matter's category and area must act; {qualified} qualify.{detail}",
            CaseLaw.TwoCertifiedOfficers,
            new Dictionary<string, string>
            {
                ["needed"] = MinimumOfficers.ToString(CultureInfo.InvariantCulture),
                ["qualified"] = qualified.ToString(CultureInfo.InvariantCulture),
                ["day"] = Day(ctx.EffectiveOn),
                ["problems"] = string.Join("；", problems),
            });
    }

    /// <summary>Every acting officer must have declared, before acting, that they have no interest.</summary>
    public static Error? RecusalDeclared(CaseContext ctx)
    {
        var missing = ctx.Case.Officers
            .Where(o => !o.DeclaredConflict && o.DeclaredOn is null)
            .Select(o => ctx.OfficerOf(o.OfficerId)?.Name ?? o.OfficerId.ToString())
            .ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        return Error.Rule(
            "case.recusal_not_declared",
            $"These officers have not declared whether they must withdraw: {string.Join(", ", missing)}. " +
            "Each officer declares it on the case page before acting.",
            CaseLaw.Recusal,
            new Dictionary<string, string> { ["officers"] = string.Join("、", missing) });
    }

    /// <summary>Returns why an officer cannot act on the day, or null when they can.</summary>
    public static string? CertificateProblem(CaseContext ctx, Guid officerId)
    {
        var officer = ctx.OfficerOf(officerId);
        if (officer is null)
        {
            return $"{officerId} is not on the personnel list.";
        }

        var state = officer.CertificateStateOn(ctx.EffectiveOn);
        if (state != CertificateState.Valid)
        {
            return $"{officer.Name} ({officer.CertificateNumber}): certificate {Describe(state, officer)}.";
        }

        if (!Covers(officer.Categories, ctx.Matter.Category))
        {
            return $"{officer.Name} ({officer.CertificateNumber}): certificate does not cover {ctx.Matter.Category}.";
        }

        if (!ctx.CoveringAreas.Contains(officer.Area, StringComparer.Ordinal))
        {
            return $"{officer.Name} ({officer.CertificateNumber}): certificate area {officer.Area} does not cover the case.";
        }

        return null;
    }

    private static bool Covers(string categories, string category) =>
        categories.Split('；', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(category, StringComparer.Ordinal);

    private static string Describe(CertificateState state, Officer officer) => state switch
    {
        CertificateState.Expired => $"expired on {Day(officer.ValidTo)}",
        CertificateState.NotYetValid => $"valid only from {Day(officer.ValidFrom)}",
        _ => $"not usable because the officer is {officer.Status}",
    };

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Text;

namespace Zhifa.Domain.Publicity;

/// <summary>
/// Builds the publication draft of a decided case or a recorded inspection result. A minor party or a case
/// transferred as a suspected crime is never published (RULES 9.5); a natural person's name is masked in
/// the 张某某 style (RULES 9.4, the recommended default); ID numbers, telephone numbers, bank accounts and
/// addresses below the county level are masked in every text (RULES 9.3).
/// </summary>
public static class PublicationDrafts
{
    /// <summary>The stages of a penalty case whose decision is made and may be published.</summary>
    public static IReadOnlyList<CaseStage> DecidedStages { get; } =
    [
        CaseStage.Decided, CaseStage.Delivered, CaseStage.Executed, CaseStage.DecidedOnSpot,
        CaseStage.FiledWithAgency, CaseStage.Closed, CaseStage.Archived,
    ];

    /// <summary>The stages of an inspection case whose result is recorded and may be published.</summary>
    public static IReadOnlyList<CaseStage> ResultStages { get; } =
    [
        CaseStage.ResultRecorded, CaseStage.RectificationOrdered, CaseStage.Reinspected, CaseStage.Closed, CaseStage.Archived,
    ];

    /// <summary>Whether the case has a decision or a recorded inspection result that a draft can be built from.</summary>
    public static bool IsReady(EnforcementCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Procedure == ProcedureKind.Inspection
            ? ResultStages.Contains(c.Stage) && c.Inspection.InspectedOn is not null
            : DecidedStages.Contains(c.Stage) && c.Decision.DecidedOn is not null;
    }

    public static Result<PublicationDraft> For(EnforcementCase c, string body)
    {
        ArgumentNullException.ThrowIfNull(c);
        var inspection = c.Procedure == ProcedureKind.Inspection;
        var day = inspection ? c.Inspection.InspectedOn : c.Decision.DecidedOn;
        if (!IsReady(c) || day is null)
        {
            return Error.Conflict(
                "publicity.not_decided",
                inspection
                    ? $"Case {c.Number} has no recorded inspection result yet (stage {c.Stage}); a result is published once recorded."
                    : $"Case {c.Number} is not decided yet (stage {c.Stage}); a decision is published once made.");
        }

        if (IsMinor(c.Party, day.Value))
        {
            return Error.Rule(
                "publicity.minor",
                "The party is a minor; nothing about this case may be published.",
                PublicityLaw.NotPublished);
        }

        if (!inspection && c.Proposal.Outcome == DecisionOutcome.TransferToJudiciary)
        {
            return Error.Rule(
                "publicity.transferred",
                "The case was transferred as a suspected crime; it is not published.",
                PublicityLaw.NotPublished);
        }

        var person = c.Party.Kind == PartyKind.Individual;
        var names = person ? new[] { c.Party.Name } : [];
        if (!string.IsNullOrWhiteSpace(c.Party.LegalRepresentative))
        {
            names = [.. names, c.Party.LegalRepresentative];
        }

        string[] literals = [c.Party.IdNumber ?? "", c.Party.Telephone ?? ""];
        string Clean(string? text) => MaskAddress(TextMasker.Mask(text, names, literals), c.Party.Address);

        var party = person ? TextMasker.MaskName(c.Party.Name) : Clean(c.Party.Name);
        return new PublicationDraft(
            c.Id,
            c.OrganisationId,
            inspection ? PublicationKind.InspectionResult : PublicationKind.PenaltyDecision,
            body,
            inspection ? c.Number : c.Decision.Number ?? c.Number,
            Clean(c.Title),
            party,
            person ? "自然人" : "法人或者其他组织",
            Clean(inspection ? c.Inspection.Findings : c.Proposal.Facts),
            inspection ? "" : Clean(c.Proposal.LegalBasis),
            inspection ? InspectionResultText(c.Inspection) : Clean(PenaltyText(c.Proposal)),
            day.Value);
    }

    /// <summary>A party is a minor when marked so, or when their ID number says they were under 18 on the day.</summary>
    public static bool IsMinor(Party party, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(party);
        if (party.IsMinor)
        {
            return true;
        }

        return party.Kind == PartyKind.Individual
            && ResidentIdNumber.Parse(party.IdNumber) is { IsSuccess: true } id
            && id.Value.BirthDate.AddYears(18) > day;
    }

    /// <summary>The penalty in words, such as 警告；罚款人民币5000元.</summary>
    public static string PenaltyText(Proposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (proposal.Outcome != DecisionOutcome.Penalty)
        {
            return proposal.Outcome switch
            {
                DecisionOutcome.NoPenaltyMinor => "违法行为轻微，不予行政处罚",
                DecisionOutcome.NoPenaltyNotEstablished => "违法事实不能成立，不予行政处罚",
                _ => "",
            };
        }

        var parts = new List<string>();
        foreach (var kind in Enum.GetValues<PenaltyKinds>().Where(k => k != PenaltyKinds.None && proposal.Penalties.HasFlag(k)))
        {
            parts.Add(kind switch
            {
                PenaltyKinds.Warning => "警告",
                PenaltyKinds.PublicCriticism => "通报批评",
                PenaltyKinds.Fine => string.Create(CultureInfo.InvariantCulture, $"罚款人民币{proposal.FineAmount:0.##}元"),
                PenaltyKinds.ConfiscateIllegalGains => string.Create(CultureInfo.InvariantCulture, $"没收违法所得人民币{proposal.ConfiscationAmount:0.##}元"),
                PenaltyKinds.ConfiscateIllegalProperty => "没收非法财物",
                PenaltyKinds.SuspendLicence => "暂扣许可证件",
                PenaltyKinds.LowerQualification => "降低资质等级",
                PenaltyKinds.RevokeLicence => "吊销许可证件",
                PenaltyKinds.RestrictBusiness => "限制开展生产经营活动",
                PenaltyKinds.SuspendProduction => "责令停产停业",
                PenaltyKinds.OrderClosure => "责令关闭",
                PenaltyKinds.RestrictPractice => "限制从业",
                _ => kind.ToString(),
            });
        }

        var text = new StringBuilder(string.Join("；", parts));
        if (!string.IsNullOrWhiteSpace(proposal.CorrectionOrder))
        {
            text.Append(text.Length > 0 ? "；" : "").Append(proposal.CorrectionOrder.Trim());
        }

        return text.ToString();
    }

    private static string InspectionResultText(InspectionFacts facts) => facts.Compliant switch
    {
        true => "未发现问题",
        false when facts.RectificationDeadline is { } day => string.Create(
            CultureInfo.InvariantCulture, $"发现问题，责令于{day:yyyy年M月d日}前整改"),
        false => "发现问题",
        null => "",
    };

    // The party's own address may be written in a form the patterns miss (no number, no county); its
    // exact text is removed too, keeping the county-level part when the patterns can find it.
    private static string MaskAddress(string text, string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return text;
        }

        var masked = TextMasker.Mask(address);
        var replacement = string.Equals(masked, address, StringComparison.Ordinal) ? TextMasker.MaskedAddress : masked;
        return text.Replace(address.Trim(), replacement, StringComparison.Ordinal);
    }
}

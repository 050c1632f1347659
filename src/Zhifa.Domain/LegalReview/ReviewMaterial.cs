using System.Text.Json.Serialization;
using Zhifa.Domain.Cases;

namespace Zhifa.Domain.LegalReview;

/// <summary>The materials a case department hands over with a request for legal review.</summary>
public enum MaterialKind
{
    /// <summary>拟作出的处理决定.</summary>
    ProposedDecision,

    /// <summary>案件调查终结报告.</summary>
    InvestigationReport,

    /// <summary>证据材料清单.</summary>
    EvidenceList,

    /// <summary>当事人陈述申辩材料, once the prior notification is served.</summary>
    StatementAndDefence,

    /// <summary>听证笔录和听证报告, when a hearing was held.</summary>
    HearingRecord,

    /// <summary>自由裁量说明.</summary>
    DiscretionReasoning,
}

/// <summary>
/// One submitted material: its kind and a reference to where it sits in the case, either a step of the
/// case's history (<c>step:12</c>) or a stored case document (<c>document:{id}</c>).
/// </summary>
public sealed class ReviewMaterial
{
    public MaterialKind? Kind { get; set; }

    public string? Reference { get; set; }

    public const string StepPrefix = "step:";

    public const string DocumentPrefix = "document:";

    // Read from the reference, never sent: without JsonIgnore the API schema would offer them as fields a client
    // could fill in instead of the reference, and the server would drop them.
    [JsonIgnore]
    public int? StepSequence =>
        Reference is { } r && r.StartsWith(StepPrefix, StringComparison.Ordinal) && int.TryParse(r[StepPrefix.Length..], out var n)
            ? n
            : null;

    [JsonIgnore]
    public Guid? DocumentId =>
        Reference is { } r && r.StartsWith(DocumentPrefix, StringComparison.Ordinal) && Guid.TryParse(r[DocumentPrefix.Length..], out var id)
            ? id
            : null;
}

/// <summary>Which materials a case must submit, from its state.</summary>
public static class ReviewMaterials
{
    public static IReadOnlyList<MaterialKind> Required(EnforcementCase c)
    {
        var kinds = new List<MaterialKind>
        {
            MaterialKind.ProposedDecision,
            MaterialKind.InvestigationReport,
            MaterialKind.EvidenceList,
        };
        if (c.Notice.ServedOn is not null)
        {
            kinds.Add(MaterialKind.StatementAndDefence);
        }

        if (c.Hearing.HeldOn is not null)
        {
            kinds.Add(MaterialKind.HearingRecord);
        }

        kinds.Add(MaterialKind.DiscretionReasoning);
        return kinds;
    }

    public static string Chinese(MaterialKind kind) => kind switch
    {
        MaterialKind.ProposedDecision => "拟作出的处理决定",
        MaterialKind.InvestigationReport => "案件调查终结报告",
        MaterialKind.EvidenceList => "证据材料清单",
        MaterialKind.StatementAndDefence => "当事人陈述申辩材料",
        MaterialKind.HearingRecord => "听证笔录",
        MaterialKind.DiscretionReasoning => "自由裁量说明",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A material without a label."),
    };
}

namespace Zhifa.Domain.LegalReview;

/// <summary>
/// The points a legal reviewer checks on every major decision (法制审核要点), in the order of the review
/// opinion form. Each review records a finding and a note for every point.
/// </summary>
public enum ReviewPoint
{
    /// <summary>执法主体是否合法.</summary>
    EnforcementBodyLawful,

    /// <summary>执法人员是否具备执法资格.</summary>
    OfficersQualified,

    /// <summary>案件事实是否清楚.</summary>
    FactsClear,

    /// <summary>证据是否确凿、充分.</summary>
    EvidenceSufficient,

    /// <summary>适用法律依据是否准确.</summary>
    LawAppliedCorrectly,

    /// <summary>是否正确适用裁量基准.</summary>
    DiscretionBenchmarkApplied,

    /// <summary>程序是否合法.</summary>
    ProcedureLawful,

    /// <summary>是否超越或滥用职权.</summary>
    NoExcessOrAbuseOfPower,

    /// <summary>执法文书是否完备、规范.</summary>
    DocumentsComplete,

    /// <summary>违法行为是否涉嫌犯罪、需要移送司法机关.</summary>
    CrimeTransfer,
}

/// <summary>A reviewer's finding on one review point.</summary>
public enum PointFinding
{
    /// <summary>符合: the point is satisfied.</summary>
    Satisfied,

    /// <summary>不符合: the point is not satisfied; the note says why.</summary>
    NotSatisfied,

    /// <summary>不适用: the point does not apply to this case; the note says why.</summary>
    NotApplicable,
}

/// <summary>The finding and note for one review point, as the reviewer entered them.</summary>
public sealed class ReviewPointFinding
{
    /// <summary>The point's code, such as <c>factsClear</c>; see <see cref="ReviewPoints.Code"/>.</summary>
    public string? Point { get; set; }

    public PointFinding? Finding { get; set; }

    public string? Note { get; set; }
}

/// <summary>The stable codes and the Chinese and English labels of the review points.</summary>
public static class ReviewPoints
{
    public static IReadOnlyList<ReviewPoint> All { get; } = Enum.GetValues<ReviewPoint>();

    public static string Code(ReviewPoint point)
    {
        var name = point.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static ReviewPoint? Parse(string? code) =>
        All.Cast<ReviewPoint?>().FirstOrDefault(p => Code(p!.Value) == code);

    public static string Chinese(ReviewPoint point) => point switch
    {
        ReviewPoint.EnforcementBodyLawful => "执法主体是否合法",
        ReviewPoint.OfficersQualified => "执法人员是否具备执法资格",
        ReviewPoint.FactsClear => "案件事实是否清楚",
        ReviewPoint.EvidenceSufficient => "证据是否确凿、充分",
        ReviewPoint.LawAppliedCorrectly => "适用法律依据是否准确",
        ReviewPoint.DiscretionBenchmarkApplied => "是否正确适用裁量基准",
        ReviewPoint.ProcedureLawful => "程序是否合法",
        ReviewPoint.NoExcessOrAbuseOfPower => "是否超越或者滥用职权",
        ReviewPoint.DocumentsComplete => "执法文书是否完备、规范",
        ReviewPoint.CrimeTransfer => "是否涉嫌犯罪需要移送司法机关",
        _ => throw new ArgumentOutOfRangeException(nameof(point), point, "A review point without a label."),
    };

    public static string English(ReviewPoint point) => point switch
    {
        ReviewPoint.EnforcementBodyLawful => "Enforcement body lawful",
        ReviewPoint.OfficersQualified => "Officers qualified",
        ReviewPoint.FactsClear => "Facts clear",
        ReviewPoint.EvidenceSufficient => "Evidence conclusive and sufficient",
        ReviewPoint.LawAppliedCorrectly => "Law applied correctly",
        ReviewPoint.DiscretionBenchmarkApplied => "Discretion benchmark applied properly",
        ReviewPoint.ProcedureLawful => "Procedure lawful",
        ReviewPoint.NoExcessOrAbuseOfPower => "No exceeding or abuse of power",
        ReviewPoint.DocumentsComplete => "Documents complete and in order",
        ReviewPoint.CrimeTransfer => "Suspected crime to be transferred to the judicial organs",
        _ => throw new ArgumentOutOfRangeException(nameof(point), point, "A review point without a label."),
    };
}

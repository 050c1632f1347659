namespace Zhifa.Domain.Lists;

/// <summary>
/// The five lists the agency keeps and publishes (the three-systems plan calls them 清单), and the
/// directory of regulated entities, kept the same way but not published.
/// The slug is part of URLs and file names and never changes.
/// </summary>
public enum ListKind
{
    /// <summary>执法人员清单: who may enforce, with certificate numbers.</summary>
    Personnel,

    /// <summary>执法事项清单: what the agency enforces and on which legal basis.</summary>
    Matters,

    /// <summary>随机抽查事项清单: matters inspected by double random draws.</summary>
    RandomInspectionMatters,

    /// <summary>音像记录事项清单: which stages must be recorded on audio/video.</summary>
    RecordingMatters,

    /// <summary>重大执法决定法制审核目录清单: the conditions that make a decision major.</summary>
    ReviewCatalogue,

    /// <summary>监管对象名录: the regulated entities that inspections draw from; kept, not published.</summary>
    RegulatedEntities,
}

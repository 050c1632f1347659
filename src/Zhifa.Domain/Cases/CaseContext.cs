using Zhifa.Domain.Calendar;
using Zhifa.Domain.Lists;

namespace Zhifa.Domain.Cases;

/// <summary>
/// Everything a guard may consult: the case, the request (empty when the page only previews which steps are
/// open), the day the step takes effect, today, the working-day calendar, the matter, the officers on the
/// personnel list, the legal review catalogue, the person acting, the agency's settings and the areas a
/// certificate may name to cover the case (the case office's area and those of the offices above it).
/// </summary>
public sealed record CaseContext(
    EnforcementCase Case,
    CaseActionRequest Request,
    DateOnly EffectiveOn,
    DateOnly Today,
    WorkingDayCalendar Calendar,
    EnforcementMatter Matter,
    IReadOnlyDictionary<Guid, Officer> Officers,
    IReadOnlyList<ReviewCatalogueItem> Catalogue,
    CaseActor Actor,
    CaseSettings Settings,
    IReadOnlyList<string> CoveringAreas)
{
    /// <summary>True when only previewing: guards that need the request's fields are skipped.</summary>
    public bool IsPreview { get; init; }

    /// <summary>The staff member a request names as legal reviewer, loaded by the caller; null when none or unknown.</summary>
    public CaseActor? NamedReviewer { get; init; }

    /// <summary>The recordings attached to the case's steps, for the recording rule.</summary>
    public IReadOnlyList<CaseRecording> Recordings { get; init; } = [];

    /// <summary>The recording matters list of the case's office and the offices above it.</summary>
    public IReadOnlyList<RecordingMatter> RecordingMatters { get; init; } = [];

    public Officer? OfficerOf(Guid id) => Officers.GetValueOrDefault(id);
}

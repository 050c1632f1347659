namespace Zhifa.Domain.Cases;

/// <summary>
/// An officer assigned to a case, with their recusal declaration (回避声明): each officer declares before
/// acting that they have no interest in the case (Administrative Penalty Law Art. 43).
/// </summary>
public sealed class CaseOfficer
{
    public Guid OfficerId { get; set; }

    public DateOnly? DeclaredOn { get; set; }

    /// <summary>True when the officer declared a conflict; such an officer must be replaced.</summary>
    public bool DeclaredConflict { get; set; }
}

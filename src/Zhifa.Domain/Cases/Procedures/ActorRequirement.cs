namespace Zhifa.Domain.Cases.Procedures;

/// <summary>Who may take an action.</summary>
public enum ActorRequirement
{
    /// <summary>An officer assigned to the case, or a head of the office acting for the team.</summary>
    CaseOfficer,

    /// <summary>A department head or agency leader (负责人).</summary>
    Head,

    /// <summary>An agency leader.</summary>
    Leader,

    /// <summary>A legal reviewer (法制审核人员).</summary>
    LegalReviewer,
}

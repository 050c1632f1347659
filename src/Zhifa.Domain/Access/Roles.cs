namespace Zhifa.Domain.Access;

/// <summary>The roles of the agency's staff. The names are stored in the database and never change.</summary>
public static class Roles
{
    public const string Officer = "officer";
    public const string DepartmentHead = "department_head";
    public const string AgencyLeader = "agency_leader";
    public const string LegalReviewer = "legal_reviewer";
    public const string LegalAdministrator = "legal_admin";
    public const string Supervisor = "supervisor";
    public const string SystemAdministrator = "system_admin";

    public static IReadOnlyList<string> All { get; } =
    [
        Officer, DepartmentHead, AgencyLeader, LegalReviewer, LegalAdministrator, Supervisor, SystemAdministrator,
    ];

    /// <summary>Roles whose holders see the offices below their own (the city office over its counties).</summary>
    public static bool SeesSubordinateOffices(IEnumerable<string> roles) =>
        roles.Any(r => r is Supervisor or SystemAdministrator);

    /// <summary>
    /// Roles that plan and draw random inspections: the enforcement staff and their heads, not the legal
    /// affairs office, supervisors or system administrators, who check the draw rather than run it.
    /// </summary>
    public static bool RunsInspectionDraws(IEnumerable<string> roles) =>
        roles.Any(r => r is Officer or DepartmentHead or AgencyLeader);

    /// <summary>Roles that watch the figures and deadlines of their offices: heads, leaders and supervisors.</summary>
    public static bool SeesSupervision(IEnumerable<string> roles) =>
        roles.Any(r => r is DepartmentHead or AgencyLeader or Supervisor);

    /// <summary>Roles that maintain the five lists: the legal affairs office and system administrators.</summary>
    public static bool MaintainsLists(IEnumerable<string> roles) =>
        roles.Any(r => r is LegalAdministrator or SystemAdministrator);
}

using Zhifa.Domain.Access;

namespace Zhifa.Web.Publicity;

/// <summary>
/// Who works on publicity, the same for pages and API. Officers, department heads, agency leaders and
/// supervisors of the office read the drafts, the board and the withdrawals due. Heads and leaders publish
/// and withdraw. Legal reviewers and system administrators have no part in it.
/// </summary>
public static class PublicityAccess
{
    public static bool Sees(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.Officer or Roles.DepartmentHead or Roles.AgencyLeader or Roles.Supervisor);

    public static bool Approves(IEnumerable<string> roles) =>
        roles.Any(r => r is Roles.DepartmentHead or Roles.AgencyLeader);
}

using Zhifa.Domain.Access;

namespace Zhifa.Infrastructure.Demo;

/// <summary>One demo user per role, plus county users to show scoping. Every demo user shares one password.</summary>
public static class DemoUsers
{
    /// <summary>The password of every demo user, printed in the README. Change it before real use.</summary>
    public const string Password = "Zhifa-demo-2026";

    public sealed record DemoUser(string UserName, string DisplayName, string OrganisationCode, string Role, string? Certificate);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("officer", "张测试", "czrf-gc", Roles.Officer, "14040001"),
        new("officer2", "李样例", "czrf-gc", Roles.Officer, "14040002"),
        new("head", "王测试", "czrf-gc", Roles.DepartmentHead, "14040003"),
        new("leader", "赵样例", "czrf", Roles.AgencyLeader, null),
        new("reviewer", "孙测试", "czrf-fg", Roles.LegalReviewer, null),
        new("legal", "周样例", "czrf-fg", Roles.LegalAdministrator, null),
        new("supervisor", "吴测试", "czrf", Roles.Supervisor, null),
        new("admin", "郑样例", "czrf", Roles.SystemAdministrator, null),
        new("luzhou.officer", "冯测试", "lzq", Roles.Officer, "14040101"),
        new("luzhou.legal", "陈样例", "lzq", Roles.LegalAdministrator, null),
        new("luzhou.supervisor", "褚测试", "lzq", Roles.Supervisor, null),
        new("xiangyuan.legal", "卫样例", "xyx", Roles.LegalAdministrator, null),
    ];
}

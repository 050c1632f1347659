namespace Zhifa.Domain.Cases;

/// <summary>
/// The person taking an action: their user id, name, roles and, when they hold an enforcement certificate,
/// the officer entry it belongs to.
/// </summary>
public sealed record CaseActor(
    Guid UserId,
    string Name,
    IReadOnlySet<string> Roles,
    Guid? OfficerId,
    string? Certificate)
{
    public bool HasAnyRole(IEnumerable<string> roles) => roles.Any(Roles.Contains);
}

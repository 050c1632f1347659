using Zhifa.Domain.Organisations;

namespace Zhifa.Infrastructure.Lists;

/// <summary>Who is acting, and what they may see; every list operation is scoped by it.</summary>
public sealed record Actor(Guid? UserId, string Name, string? CertificateNumber, OrganisationScope Scope, bool MaintainsLists)
{
    /// <summary>The actor's roles (see <see cref="Domain.Access.Roles"/>); empty for the command line.</summary>
    public IReadOnlySet<string> Roles { get; init; } = new HashSet<string>();
}

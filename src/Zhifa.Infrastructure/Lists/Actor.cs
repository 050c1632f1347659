using Zhifa.Domain.Organisations;

namespace Zhifa.Infrastructure.Lists;

/// <summary>Who is acting, and what they may see; every list operation is scoped by it.</summary>
public sealed record Actor(Guid? UserId, string Name, string? CertificateNumber, OrganisationScope Scope, bool MaintainsLists);

using Microsoft.AspNetCore.Identity;

namespace Zhifa.Infrastructure.Identity;

/// <summary>A member of the agency's staff who signs in. Roles are Identity roles named in <c>Roles</c>.</summary>
public sealed class ZhifaUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>The organisation the user works in; their data scope follows from it.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>The enforcement certificate number, for officers; recorded with each action they take.</summary>
    public string? CertificateNumber { get; set; }
}

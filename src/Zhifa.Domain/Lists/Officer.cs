namespace Zhifa.Domain.Lists;

/// <summary>
/// An entry of the enforcement personnel list (执法人员清单): an officer and the certificate that lets
/// them enforce. Only certificate holders may enforce (Administrative Penalty Law Art. 42).
/// </summary>
public sealed class Officer : IListItem
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Name { get; set; }

    public string? Post { get; set; }

    public required string CertificateNumber { get; set; }

    /// <summary>Enforcement categories the certificate covers, separated by '；' in files and forms.</summary>
    public required string Categories { get; set; }

    /// <summary>The administrative area the certificate is valid in.</summary>
    public required string Area { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; }

    public OfficerStatus Status { get; set; }

    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string Key => CertificateNumber;

    /// <summary>
    /// Whether the certificate lets the officer enforce on <paramref name="day"/> (an agency-local date):
    /// the officer is active and the day lies within the validity period, both ends included.
    /// </summary>
    public CertificateState CertificateStateOn(DateOnly day)
    {
        if (Status != OfficerStatus.Active)
        {
            return CertificateState.Inactive;
        }

        if (day < ValidFrom)
        {
            return CertificateState.NotYetValid;
        }

        return day > ValidTo ? CertificateState.Expired : CertificateState.Valid;
    }
}

/// <summary>The officer's standing on the list, set by the legal affairs office.</summary>
public enum OfficerStatus
{
    Active,
    Suspended,
    Revoked,
    Retired,
}

/// <summary>What a certificate allows on a given day.</summary>
public enum CertificateState
{
    Valid,
    NotYetValid,
    Expired,
    Inactive,
}

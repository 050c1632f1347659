namespace Zhifa.Domain.Organisations;

/// <summary>
/// A node of the organisation tree. <see cref="Path"/> is the materialised path of codes from the root
/// ("/city/county-a/"), so a subtree is one prefix query on either database.
/// </summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public OrganisationKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public required string Path { get; set; }

    /// <summary>The county-level administrative area the office serves, used on certificates and lists.</summary>
    public string? Area { get; set; }

    public string? Address { get; set; }

    public string? Telephone { get; set; }

    public string? OfficeHours { get; set; }

    public static string ChildPath(string parentPath, string code) => $"{parentPath}{code}/";
}

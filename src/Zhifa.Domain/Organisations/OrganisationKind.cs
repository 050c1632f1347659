namespace Zhifa.Domain.Organisations;

/// <summary>
/// An office is an enforcement body (执法主体) in its own right: the city office or a county office.
/// Departments and centres are internal units of an office and act in its name.
/// </summary>
public enum OrganisationKind
{
    Office,
    Department,
    Centre,
}

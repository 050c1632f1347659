namespace Zhifa.Domain.Cases;

/// <summary>
/// The kind of party, which decides the fine range, the simple-procedure limit and the hearing threshold:
/// a citizen (公民) or a legal person or other organisation (法人或者其他组织).
/// </summary>
public enum PartyKind
{
    Individual,
    Unit,
}

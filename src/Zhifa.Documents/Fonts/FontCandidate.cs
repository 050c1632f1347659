namespace Zhifa.Documents.Fonts;

/// <summary>
/// A font file to try and the family to take from it. A TrueType collection (.ttc) contains several faces,
/// so the family name selects the Simplified Chinese one.
/// </summary>
internal sealed record FontCandidate(string Path, string FamilyName);

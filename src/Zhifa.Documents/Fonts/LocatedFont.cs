namespace Zhifa.Documents.Fonts;

/// <summary>
/// A usable Chinese face found on the machine: the file and the index of the face inside it.
/// </summary>
internal sealed record LocatedFont(string Path, int FaceIndex, string FamilyName);

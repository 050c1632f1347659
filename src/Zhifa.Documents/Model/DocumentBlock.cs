namespace Zhifa.Documents.Model;

/// <summary>
/// One block of an <see cref="EnforcementDocument"/> body. The renderers know exactly the subtypes
/// in this folder and reject any other.
/// </summary>
public abstract record DocumentBlock;

namespace Zhifa.Domain.Record;

/// <summary>
/// Hash function of a log. It is fixed when the log is created: every leaf, node, root and proof of that
/// log uses it, so a verifier must know it before it checks anything.
/// </summary>
public enum LogHashAlgorithm
{
    /// <summary>SHA-256, the hash of RFC 6962 and of C2SP tlog-checkpoint. Identifier <c>sha256</c>.</summary>
    Sha256,

    /// <summary>
    /// SM3 (GB/T 32905-2016) with the same tree rules and prefixes. Identifier <c>sm3</c>. Standard
    /// transparency-log clients and witnesses verify SHA-256 trees only.
    /// </summary>
    Sm3,
}

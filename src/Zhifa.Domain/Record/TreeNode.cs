namespace Zhifa.Domain.Record;

/// <summary>
/// A perfect subtree node and its hash, as the store keeps it. Equality compares the hash array by
/// reference, so compare <see cref="Hash"/> contents when the bytes matter.
/// </summary>
public sealed record TreeNode(NodeId Id, byte[] Hash);

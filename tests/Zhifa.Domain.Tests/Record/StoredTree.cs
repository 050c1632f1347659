using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

/// <summary>
/// An in-memory stand-in for the node table: leaves appended one by one through <see cref="TreeAppend"/>
/// into a dictionary of perfect nodes, and proofs planned and built from that dictionary alone.
/// </summary>
internal sealed class StoredTree
{
    private readonly Dictionary<NodeId, byte[]> _nodes = [];

    public StoredTree(MerkleHasher hasher)
    {
        Hasher = hasher;
    }

    public MerkleHasher Hasher { get; }

    public long Size { get; private set; }

    public IReadOnlyDictionary<NodeId, byte[]> Nodes => _nodes;

    public static StoredTree FromEntries(MerkleHasher hasher, IEnumerable<byte[]> entries)
    {
        var tree = new StoredTree(hasher);
        foreach (var entry in entries)
        {
            tree.Append(entry);
        }

        return tree;
    }

    public void Append(byte[] entry)
    {
        var created = TreeAppend.NewNodes(Size, Hasher.HashLeaf(entry), id => _nodes[id], Hasher);
        foreach (var node in created)
        {
            _nodes.Add(node.Id, node.Hash);
        }

        Size++;
    }

    public byte[] Root(long size) => ProofBuilder.Root(size, _nodes, Hasher);

    public IReadOnlyList<byte[]> InclusionProof(long index, long size) =>
        ProofBuilder.Build(TreeMath.InclusionPlan(index, size).Value, _nodes, Hasher);

    public IReadOnlyList<byte[]> ConsistencyProof(long from, long to) =>
        ProofBuilder.Build(TreeMath.ConsistencyPlan(from, to).Value, _nodes, Hasher);
}

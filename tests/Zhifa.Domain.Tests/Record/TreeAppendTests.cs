using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class TreeAppendTests
{
    private static readonly MerkleHasher Hasher = MerkleHasher.Sha256;

    [Theory]
    [InlineData(0, "(0, 0)")]
    [InlineData(1, "(0, 1) (1, 0)")]
    [InlineData(2, "(0, 2)")]
    [InlineData(3, "(0, 3) (1, 1) (2, 0)")]
    [InlineData(6, "(0, 6)")]
    [InlineData(7, "(0, 7) (1, 3) (2, 1) (3, 0)")]
    public void NewNodes_Index_StoresLeafAndCompletedParents(long index, string expected)
    {
        var tree = StoredTree.FromEntries(Hasher, Entries(index));

        var created = TreeAppend.NewNodes(index, Hasher.HashLeaf([1]), id => tree.Nodes[id], Hasher);

        Assert.Equal(expected, string.Join(' ', created.Select(node => node.Id)));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(3, "(0, 2) (1, 0)")]
    [InlineData(4, "")]
    [InlineData(7, "(0, 6) (1, 2) (2, 0)")]
    public void RequiredNodes_Index_AreLeftSiblingsOnTheWayUp(long index, string expected)
    {
        Assert.Equal(expected, string.Join(' ', TreeAppend.RequiredNodes(index)));
    }

    [Fact]
    public void NewNodes_Append_ReadsOnlyRequiredNodes()
    {
        var tree = StoredTree.FromEntries(Hasher, Entries(11));
        var read = new List<NodeId>();

        TreeAppend.NewNodes(11, Hasher.HashLeaf([1]), id => { read.Add(id); return tree.Nodes[id]; }, Hasher);

        Assert.Equal(TreeAppend.RequiredNodes(11), read);
    }

    [Fact]
    public void NewNodes_Parent_HashesBothChildren()
    {
        var left = Hasher.HashLeaf("a"u8);
        var right = Hasher.HashLeaf("b"u8);

        var created = TreeAppend.NewNodes(1, right, _ => left, Hasher);

        Assert.Equal(Hasher.HashChildren(left, right), created[1].Hash);
    }

    [Fact]
    public void NewNodes_MissingStoredNode_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => TreeAppend.NewNodes(1, Hasher.HashLeaf([1]), _ => null!, Hasher));

        Assert.Contains("(0, 0)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NewNodes_ShortLeafHash_Throws()
    {
        Assert.Throws<ArgumentException>(() => TreeAppend.NewNodes(0, new byte[31], _ => [], Hasher));
    }

    [Fact]
    public void StoredRoot_EachSize_EqualsReferenceRoot()
    {
        var entries = Entries(64).ToList();
        var reference = new MerkleTreeReference(Hasher, entries);
        var tree = new StoredTree(Hasher);

        for (var size = 0; size <= entries.Count; size++)
        {
            Assert.Equal(reference.Root(size), tree.Root(size));
            if (size < entries.Count)
            {
                tree.Append(entries[size]);
            }
        }
    }

    private static IEnumerable<byte[]> Entries(long count) =>
        Enumerable.Range(0, (int)count).Select(i => BitConverter.GetBytes(i));
}

using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class TreeMathTests
{
    public static TheoryData<long, string> Frontiers => new()
    {
        { 0, "" },
        { 1, "(0, 0)" },
        { 2, "(1, 0)" },
        { 3, "(1, 0) (0, 2)" },
        { 6, "(2, 0) (1, 2)" },
        { 7, "(2, 0) (1, 2) (0, 6)" },
        { 8, "(3, 0)" },
        { 21, "(4, 0) (2, 4) (0, 20)" },
    };

    [Theory]
    [MemberData(nameof(Frontiers))]
    public void FrontierFor_Size_IsBinaryDecomposition(long size, string expected)
    {
        var frontier = TreeMath.FrontierFor(size);

        Assert.Equal(expected, string.Join(' ', frontier));
    }

    [Fact]
    public void FrontierFor_LargestSize_CoversEveryLeaf()
    {
        var frontier = TreeMath.FrontierFor(long.MaxValue);

        Assert.Equal(63, frontier.Count);
        Assert.Equal(long.MaxValue, frontier[^1].EndLeaf);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    [InlineData(6, 7)]
    public void InclusionPlan_ValidIndex_HasNoOverlap(long index, long size)
    {
        var plan = TreeMath.InclusionPlan(index, size).Value;

        var covered = plan.Elements.SelectMany(element => element).Sum(node => node.EndLeaf - node.FirstLeaf);
        Assert.Equal(size - 1, covered);
    }

    [Fact]
    public void InclusionPlan_OneLeafTree_IsEmpty()
    {
        var plan = TreeMath.InclusionPlan(0, 1);

        Assert.True(plan.IsSuccess);
        Assert.Equal(0, plan.Value.Length);
    }

    [Theory]
    [InlineData(0, 0, "record.tree_size_invalid")]
    [InlineData(0, -1, "record.tree_size_invalid")]
    [InlineData(5, 5, "record.index_out_of_range")]
    [InlineData(6, 5, "record.index_out_of_range")]
    [InlineData(-1, 5, "record.index_out_of_range")]
    public void InclusionPlan_InvalidInput_IsRejected(long index, long size, string code)
    {
        var plan = TreeMath.InclusionPlan(index, size);

        Assert.False(plan.IsSuccess);
        Assert.Equal(code, plan.Errors[0].Code);
    }

    [Theory]
    [InlineData(0, 0, "record.consistency_from_empty")]
    [InlineData(0, 5, "record.consistency_from_empty")]
    [InlineData(-1, 5, "record.consistency_from_empty")]
    [InlineData(7, 5, "record.consistency_sizes_reversed")]
    public void ConsistencyPlan_InvalidSizes_IsRejected(long from, long to, string code)
    {
        var plan = TreeMath.ConsistencyPlan(from, to);

        Assert.False(plan.IsSuccess);
        Assert.Equal(code, plan.Errors[0].Code);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1L << 40)]
    public void ConsistencyPlan_EqualSizes_IsEmpty(long size)
    {
        var plan = TreeMath.ConsistencyPlan(size, size);

        Assert.True(plan.IsSuccess);
        Assert.Equal(0, plan.Value.Length);
    }

    [Theory]
    [InlineData(123_456_789, 1_000_000_000_007)]
    [InlineData(999_999_999_999, 1_000_000_000_000)]
    [InlineData(0, (1L << 62) - 1)]
    public void InclusionPlan_HugeTree_ReadsFewNodes(long index, long size)
    {
        var plan = TreeMath.InclusionPlan(index, size).Value;

        var log2 = 64 - long.LeadingZeroCount(size - 1);
        Assert.InRange(plan.Length, 1, log2);
        Assert.InRange(plan.RequiredNodes.Count, 1, 2 * log2);
        Assert.All(plan.RequiredNodes, node => Assert.InRange(node.EndLeaf, 1, size));
    }

    [Theory]
    [InlineData(1, 1_000_000_000_007)]
    [InlineData(123_456_789, 1_000_000_000_007)]
    [InlineData((1L << 61) + 3, (1L << 62) - 1)]
    public void ConsistencyPlan_HugeTree_ReadsFewNodes(long from, long to)
    {
        var plan = TreeMath.ConsistencyPlan(from, to).Value;

        var log2 = 64 - long.LeadingZeroCount(to - 1);
        Assert.InRange(plan.Length, 1, log2 + 1);
        Assert.InRange(plan.RequiredNodes.Count, 1, 2 * log2);
        Assert.All(plan.RequiredNodes, node => Assert.InRange(node.EndLeaf, 1, to));
    }

    // Only one proof hash can lie on the ragged right edge: once the descent turns left, every subtree below
    // is perfect. So a proof reads at most about 2·log2(size) nodes, not log2(size) squared.
    [Fact]
    public void Plans_SmallTrees_StayWithinReadBound()
    {
        for (var size = 2; size <= 512; size++)
        {
            var log2 = 64 - long.LeadingZeroCount(size - 1);
            for (var i = 0; i < size; i++)
            {
                Assert.InRange(TreeMath.InclusionPlan(i, size).Value.RequiredNodes.Count, 0, 2 * log2);
                Assert.InRange(TreeMath.ConsistencyPlan(i + 1, size).Value.RequiredNodes.Count, 0, 2 * log2);
            }
        }
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, NodeId.MaxLevel + 1)]
    public void NodeId_OutOfRange_Throws(long index, int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NodeId(level, index));
    }

    [Fact]
    public void NodeId_LeafRange_FollowsLevelAndIndex()
    {
        var node = new NodeId(3, 5);

        Assert.Equal(40, node.FirstLeaf);
        Assert.Equal(48, node.EndLeaf);
        Assert.True(node.IsRightChild);
        Assert.Equal(new NodeId(3, 4), node.Sibling);
        Assert.Equal(new NodeId(4, 2), node.Parent);
    }
}

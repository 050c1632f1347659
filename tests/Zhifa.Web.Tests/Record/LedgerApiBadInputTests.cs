using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zhifa.Infrastructure.Record;
using Zhifa.Web.Tests.Support;

namespace Zhifa.Web.Tests.Record;

/// <summary>
/// Requests to /api/ledger outside the log or not made of whole numbers get a 400 whose message states
/// the valid range with the current size, never a proof or an empty list. "{size}" in an expected
/// message stands for the log's size when the request is made.
/// </summary>
public sealed class LedgerApiBadInputTests(ZhifaFactory factory) : IClassFixture<ZhifaFactory>
{
    private const string InclusionRange = "Ask with 1 <= size <= {size} (the current size) and 0 <= index < size.";
    private const string ConsistencyRange =
        "Ask with 1 <= from <= to <= {size} (the current size); a proof from size 0 proves nothing and is not given.";
    private const string EntriesRange =
        "Ask for entries [start, end) with 0 <= start < end <= {size} (the current size) and at most 1000 at a time.";

    [Theory]
    [InlineData("index={size}&size={size}", "")]
    [InlineData("index=0&size=0", "")]
    [InlineData("index=0&size={size+1}", "")]
    [InlineData("index=abc&size=1", "The query parameter 'index' is \"abc\". ")]
    [InlineData("index=-1&size=1", "The query parameter 'index' is \"-1\". ")]
    [InlineData("index=0&size=1.5", "The query parameter 'size' is \"1.5\". ")]
    [InlineData("index=0&size=99999999999999999999", "The query parameter 'size' is \"99999999999999999999\". ")]
    [InlineData("size=1", "The query parameter 'index' is missing. ")]
    [InlineData("index=0", "The query parameter 'size' is missing. ")]
    public async Task Inclusion_OutsideLog_Returns400WithRange(string query, string prefix)
    {
        var client = factory.CreateBrowser();
        var size = await factory.LedgerSizeAsync();

        var (code, detail) = await client.GetBadRequestAsync("/api/ledger/proof/inclusion?" + Fill(query, size));

        Assert.Equal("ledger.inclusion_range", code);
        Assert.Equal(prefix + Fill(InclusionRange, size), detail);
    }

    [Theory]
    [InlineData("from=0&to=1", "")]
    [InlineData("from=0&to=0", "")]
    [InlineData("from=5&to=4", "")]
    [InlineData("from=1&to={size+1}", "")]
    [InlineData("from=abc&to=2", "The query parameter 'from' is \"abc\". ")]
    [InlineData("from=-1&to=2", "The query parameter 'from' is \"-1\". ")]
    [InlineData("from=1&to=1.5", "The query parameter 'to' is \"1.5\". ")]
    [InlineData("to=2", "The query parameter 'from' is missing. ")]
    public async Task Consistency_OutsideLog_Returns400WithRange(string query, string prefix)
    {
        var client = factory.CreateBrowser();
        var size = await factory.LedgerSizeAsync();

        var (code, detail) = await client.GetBadRequestAsync("/api/ledger/proof/consistency?" + Fill(query, size));

        Assert.Equal("ledger.consistency_range", code);
        Assert.Equal(prefix + Fill(ConsistencyRange, size), detail);
    }

    [Theory]
    [InlineData("start=5&end=5", "")]
    [InlineData("start=3&end=2", "")]
    [InlineData("start=0&end={size+1}", "")]
    [InlineData("end=5", "The query parameter 'start' is missing. ")]
    [InlineData("start=0", "The query parameter 'end' is missing. ")]
    [InlineData("", "The query parameter 'start' is missing. The query parameter 'end' is missing. ")]
    [InlineData("start=x&end=5", "The query parameter 'start' is \"x\". ")]
    [InlineData("start=0&end=-5", "The query parameter 'end' is \"-5\". ")]
    public async Task Entries_OutsideLog_Returns400WithRange(string query, string prefix)
    {
        var client = factory.CreateBrowser();
        var size = await factory.LedgerSizeAsync();

        var (code, detail) = await client.GetBadRequestAsync("/api/ledger/entries?" + Fill(query, size));

        Assert.Equal("ledger.range_invalid", code);
        Assert.Equal(prefix + Fill(EntriesRange, size), detail);
    }

    [Fact]
    public async Task Entries_MoreThanThousand_Returns400WithRange()
    {
        var client = factory.CreateBrowser();
        await AppendAsync(1001);
        var size = await factory.LedgerSizeAsync();

        var (code, detail) = await client.GetBadRequestAsync("/api/ledger/entries?start=1&end=1002");

        Assert.True(size >= 1002, $"the log has {size} entries");
        Assert.Equal("ledger.range_invalid", code);
        Assert.Equal(Fill(EntriesRange, size), detail);
        Assert.Equal(1000, (await client.GetEntriesAsync(1, 1001)).Count);
    }

    private async Task AppendAsync(int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<RecordWriter>();
        var organisation = Guid.CreateVersion7();
        var actions = Enumerable.Range(0, count)
            .Select(i => new RecordAction("test:filler", null, organisation, "test.appended", $"test/{i}", new { i }))
            .ToList();
        await writer.SaveAsync(actions, CancellationToken.None);
    }

    private static string Fill(string template, long size) => template
        .Replace("{size+1}", (size + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{size}", size.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

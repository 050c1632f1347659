using System.Text;
using Zhifa.Domain.Record;

namespace Zhifa.Domain.Tests.Record;

public class LedgerEntryTests
{
    private const string PayloadHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private const string FileHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private const string Malformed = "record.entry_malformed";
    private const string FieldInvalid = "record.entry_field_invalid";

    private const string SampleJson =
        "{\"action\":\"list.edited\",\"actor\":\"user-7\",\"certificate\":\"\","
        + "\"file_sha256\":[\"" + FileHash + "\"],\"index\":42,\"organisation\":\"org-1\","
        + "\"payload_sha256\":\"" + PayloadHash + "\",\"subject\":\"personnel/测试样例\","
        + "\"time\":\"2025-02-28T23:30:00.123Z\",\"v\":1}";

    public static TheoryData<string, string> NonCanonicalJson => new()
    {
        { "space after colon", Changed("\"index\":42", "\"index\": 42") },
        { "pretty printed", Changed(",", ",\n  ") },
        { "trailing newline", SampleJson + "\n" },
        {
            "reordered members",
            Changed(
                "\"action\":\"list.edited\",\"actor\":\"user-7\"",
                "\"actor\":\"user-7\",\"action\":\"list.edited\"")
        },
        { "escaped Chinese", Changed("测试样例", "\\u6d4b\\u8bd5\\u6837\\u4f8b") },
        { "escaped slash", Changed("personnel/", "personnel\\/") },
        { "integer as decimal", Changed("\"index\":42", "\"index\":42.0") },
        { "integer with exponent", Changed("\"index\":42", "\"index\":4.2e1") },
    };

    public static TheoryData<string, string, string> InvalidJson => new()
    {
        { "version 2", Changed("\"v\":1", "\"v\":2"), "record.entry_version_unsupported" },
        { "unknown member", Changed("\"v\":1", "\"v\":1,\"w\":1"), Malformed },
        { "missing member", Changed("\"certificate\":\"\",", ""), Malformed },
        { "duplicate member", Changed("\"v\":1", "\"v\":1,\"v\":1"), Malformed },
        { "index as string", Changed("\"index\":42", "\"index\":\"42\""), Malformed },
        { "files not an array", Changed("[\"" + FileHash + "\"]", "\"" + FileHash + "\""), Malformed },
        { "uppercase hash", Changed(PayloadHash, PayloadHash.ToUpperInvariant()), FieldInvalid },
        { "time without milliseconds", Changed("00.123Z", "00Z"), FieldInvalid },
        { "time with offset", Changed("23:30:00.123Z", "23:30:00.123+00:00"), FieldInvalid },
        { "negative index", Changed("\"index\":42", "\"index\":-1"), FieldInvalid },
        { "empty actor", Changed("\"user-7\"", "\"\""), FieldInvalid },
        { "not JSON", "{\"index\":", Malformed },
        { "array", "[]", Malformed },
        { "escaped lone surrogate", Changed("user-7", "\\ud800"), Malformed },
    };

    [Fact]
    public void Encode_SampleEntry_IsCanonicalJson()
    {
        var bytes = Sample().Encode();

        Assert.Equal(SampleJson, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Decode_EncodedEntry_RoundTrips()
    {
        var entry = Sample();

        var decoded = LedgerEntry.Decode(entry.Encode());

        Assert.True(decoded.IsSuccess, decoded.IsSuccess ? "" : decoded.Errors[0].Message);
        Assert.Equal(entry, decoded.Value);
        Assert.Equal(entry.Encode(), decoded.Value.Encode());
    }

    [Fact]
    public void Decode_StoredBytes_KeepLeafHash()
    {
        var stored = Encoding.UTF8.GetBytes(SampleJson);

        var reencoded = LedgerEntry.Decode(stored).Value.Encode();

        Assert.Equal(MerkleHasher.Sha256.HashLeaf(stored), MerkleHasher.Sha256.HashLeaf(reencoded));
    }

    [Fact]
    public void Time_OffsetAndTicks_NormalizedToUtcMilliseconds()
    {
        var beijingTime = new DateTimeOffset(2025, 3, 1, 7, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_239_999);

        var entry = Sample() with { Time = beijingTime };

        Assert.Equal("2025-02-28T23:30:00.123Z", entry.FormatTime());
        Assert.Equal(TimeSpan.Zero, entry.Time.Offset);
        Assert.Equal(0, entry.Time.UtcTicks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public void Encode_NoFiles_WritesEmptyArray()
    {
        var json = Encoding.UTF8.GetString((Sample() with { FileSha256 = [] }).Encode());

        Assert.Contains("\"file_sha256\":[]", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NonCanonicalJson))]
    public void Decode_NonCanonicalBytes_IsRejected(string variant, string json)
    {
        var decoded = LedgerEntry.Decode(Encoding.UTF8.GetBytes(json));

        Assert.False(decoded.IsSuccess, variant);
        Assert.Equal("record.entry_not_canonical", decoded.Errors[0].Code);
    }

    [Theory]
    [MemberData(nameof(InvalidJson))]
    public void Decode_InvalidEntry_IsRejectedWithCode(string variant, string json, string code)
    {
        var decoded = LedgerEntry.Decode(Encoding.UTF8.GetBytes(json));

        Assert.False(decoded.IsSuccess, variant);
        Assert.Equal(code, decoded.Errors[0].Code);
    }

    [Fact]
    public void Decode_ByteOrderMark_IsRejected()
    {
        byte[] bytes = [0xef, 0xbb, 0xbf, .. Encoding.UTF8.GetBytes(SampleJson)];

        Assert.False(LedgerEntry.Decode(bytes).IsSuccess);
    }

    [Fact]
    public void Decode_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(SampleJson);
        bytes[Array.IndexOf(bytes, (byte)'u')] = 0xff;

        var decoded = LedgerEntry.Decode(bytes);

        Assert.Equal("record.entry_malformed", decoded.Errors[0].Code);
    }

    [Fact]
    public void Encode_InvalidEntry_Throws()
    {
        var entry = Sample() with { PayloadSha256 = "not a hash" };

        Assert.Single(entry.Validate());
        Assert.Throws<InvalidOperationException>(() => entry.Encode());
    }

    [Fact]
    public void Equals_SameFilesInNewList_IsEqual()
    {
        var entry = Sample();

        Assert.Equal(entry, entry with { FileSha256 = [FileHash] });
        Assert.NotEqual(entry, entry with { FileSha256 = [FileHash, FileHash] });
    }

    private static string Changed(string oldValue, string newValue) =>
        SampleJson.Replace(oldValue, newValue, StringComparison.Ordinal);

    private static LedgerEntry Sample() => new()
    {
        Index = 42,
        Time = new DateTimeOffset(2025, 2, 28, 23, 30, 0, 123, TimeSpan.Zero),
        Actor = "user-7",
        Certificate = "",
        Organisation = "org-1",
        Action = "list.edited",
        Subject = "personnel/测试样例",
        PayloadSha256 = PayloadHash,
        FileSha256 = [FileHash],
    };
}

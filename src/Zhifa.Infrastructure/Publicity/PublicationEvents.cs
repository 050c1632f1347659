using System.Text.Encodings.Web;
using System.Text.Json;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// Publication events in the CloudEvents 1.0 JSON format. The body is serialized once, when the event is
/// written to the outbox; the dispatcher sends the stored bytes and never serializes again.
/// </summary>
public static class PublicationEvents
{
    public const string Published = "cn.zhifa.publicity.published";

    public const string Withdrawn = "cn.zhifa.publicity.withdrawn";

    public const string Source = "/zhifa/publicity";

    /// <summary>The production settings: non-ASCII characters are written as they are, HTML-sensitive ones escaped.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static byte[] Serialize(Guid eventId, string type, PublicationVersionRow version, DateTimeOffset time) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                specversion = "1.0",
                id = eventId.ToString(),
                source = Source,
                type,
                subject = $"publication/{version.CaseId}",
                time,
                datacontenttype = "application/json",
                sequence = version.Version,
                data = PublicationJson.Of(version, version.Version, version.Sequence, version.At),
            },
            Json);
}

/// <summary>The public form of a publication, the same in the JSON feed and the pushed events.</summary>
public static class PublicationJson
{
    public static object Of(PublishedFields p, int version, long sequence, DateTimeOffset changedAt)
    {
        ArgumentNullException.ThrowIfNull(p);

        // A withdrawn item keeps only what identifies it and the published reason; its content is gone.
        if (p.Withdrawn)
        {
            return new
            {
                id = p.CaseId,
                kind = p.Kind.ToString(),
                version,
                sequence,
                state = "withdrawn",
                body = p.Body,
                documentNumber = p.DocumentNumber,
                withdrawalReason = p.WithdrawalReason?.ToString(),
                withdrawalNote = p.WithdrawalNote,
                changedAt,
            };
        }

        return new
        {
            id = p.CaseId,
            kind = p.Kind.ToString(),
            version,
            sequence,
            state = "published",
            body = p.Body,
            documentNumber = p.DocumentNumber,
            title = p.Title,
            party = p.Party,
            partyKind = p.PartyKind,
            facts = p.Facts,
            basis = p.Basis,
            result = p.Result,
            decidedOn = p.DecidedOn,
            changedAt,
        };
    }
}

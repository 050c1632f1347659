using Zhifa.Domain.Publicity;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>The masked fields the public sees; shared by the current state and its versions.</summary>
public abstract class PublishedFields
{
    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    public PublicationKind Kind { get; set; }

    public string Body { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public string Title { get; set; } = "";

    public string Party { get; set; } = "";

    public string PartyKind { get; set; } = "";

    public string Facts { get; set; } = "";

    public string Basis { get; set; } = "";

    public string Result { get; set; } = "";

    public DateOnly DecidedOn { get; set; }

    public bool Withdrawn { get; set; }

    public WithdrawalReason? WithdrawalReason { get; set; }

    /// <summary>The published reason for a withdrawal, in the agency's words.</summary>
    public string? WithdrawalNote { get; set; }

    public void CopyFrom(PublicationDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        CaseId = draft.CaseId;
        OrganisationId = draft.OrganisationId;
        Kind = draft.Kind;
        Body = draft.Body;
        DocumentNumber = draft.DocumentNumber;
        Title = draft.Title;
        Party = draft.Party;
        PartyKind = draft.PartyKind;
        Facts = draft.Facts;
        Basis = draft.Basis;
        Result = draft.Result;
        DecidedOn = draft.DecidedOn;
    }

    public void CopyFrom(PublishedFields other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CaseId = other.CaseId;
        OrganisationId = other.OrganisationId;
        Kind = other.Kind;
        Body = other.Body;
        DocumentNumber = other.DocumentNumber;
        Title = other.Title;
        Party = other.Party;
        PartyKind = other.PartyKind;
        Facts = other.Facts;
        Basis = other.Basis;
        Result = other.Result;
        DecidedOn = other.DecidedOn;
        Withdrawn = other.Withdrawn;
        WithdrawalReason = other.WithdrawalReason;
        WithdrawalNote = other.WithdrawalNote;
    }
}

/// <summary>
/// The current state of one case's publication (one row per case), which the portal and the feeds read.
/// <see cref="FeedSequence"/> is the sequence of its latest version: incremental readers ask for rows above
/// the last one they saw.
/// </summary>
public sealed class PublicationRow : PublishedFields
{
    public int Version { get; set; }

    public long FeedSequence { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The document number, title, party, facts, basis and result in one column, for search.</summary>
    public string SearchText { get; set; } = "";

    public static string SearchTextOf(PublishedFields f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return string.Join("\n", f.DocumentNumber, f.Title, f.Party, f.Facts, f.Basis, f.Result, f.Body);
    }
}

/// <summary>
/// One published or withdrawn version (append-only). <see cref="Sequence"/> is assigned under the record's
/// append lock, so versions commit in sequence order and a reader never misses one by paging past it.
/// </summary>
public sealed class PublicationVersionRow : PublishedFields
{
    public long Sequence { get; set; }

    public int Version { get; set; }

    /// <summary><c>published</c> or <c>withdrawn</c>.</summary>
    public string Action { get; set; } = "";

    public Guid ActorUserId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// An event to push (append-only), written in the transaction of the change it reports. <see cref="Body"/>
/// holds the exact bytes sent, serialized once; every retry sends these bytes with the same event id.
/// </summary>
public sealed class OutboxEventRow
{
    public long Id { get; set; }

    public Guid EventId { get; set; }

    public Guid CaseId { get; set; }

    public int CaseSequence { get; set; }

    public string Type { get; set; } = "";

    public byte[] Body { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

public enum DeliveryState
{
    Pending,
    Delivered,
    Dead,
}

/// <summary>The delivery of one event to one configured target: its state, lease and attempts.</summary>
public sealed class WebhookDeliveryRow
{
    public Guid Id { get; set; }

    public long EventId { get; set; }

    public Guid CaseId { get; set; }

    public int CaseSequence { get; set; }

    public string Target { get; set; } = "";

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The dispatcher holding the row, until <see cref="LeaseUntil"/>; no other dispatcher sends it meanwhile.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset LeaseUntil { get; set; }

    public int? LastStatus { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }
}

/// <summary>One attempt to deliver an event (append-only): the delivery log administrators read.</summary>
public sealed class WebhookAttemptRow
{
    public long Id { get; set; }

    public Guid DeliveryId { get; set; }

    public int Attempt { get; set; }

    public string Dispatcher { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public int? Status { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}

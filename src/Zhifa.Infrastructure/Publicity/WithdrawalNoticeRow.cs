using Zhifa.Domain.Publicity;

namespace Zhifa.Infrastructure.Publicity;

/// <summary>
/// A noted event that obliges a withdrawal (append-only). It is open while the publication is still at
/// <see cref="PublicationVersion"/> and not withdrawn, and no later notice replaces it: the withdrawal adds a
/// version and so closes it, and a decision published anew later is not taken for the old event. A mistyped
/// notice is corrected by a new one that names it in <see cref="ReplacesNoticeId"/>.
/// </summary>
public sealed class WithdrawalNoticeRow
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The publication's version when the event was noted.</summary>
    public int PublicationVersion { get; set; }

    public WithdrawalReason Reason { get; set; }

    public DateOnly EventOn { get; set; }

    public string Authority { get; set; } = "";

    public string DocumentNumber { get; set; } = "";

    public string? Note { get; set; }

    /// <summary>The notice this one corrects. A unique index lets each notice be corrected only once.</summary>
    public Guid? ReplacesNoticeId { get; set; }

    public Guid NotedBy { get; set; }

    public DateTimeOffset NotedAt { get; set; }

    public WithdrawalNotice ToNotice() => new(Reason, EventOn, Authority, DocumentNumber, Note);
}

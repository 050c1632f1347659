namespace Zhifa.Domain.Cases;

/// <summary>The hearing (听证), when the party requested one (Administrative Penalty Law Art. 63–65).</summary>
public sealed class HearingFacts
{
    public DateOnly? RequestedOn { get; set; }

    public DateOnly? NoticeServedOn { get; set; }

    public DateOnly? ScheduledFor { get; set; }

    public string? Place { get; set; }

    public Guid? PresidingOfficerId { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? TranscriptSummary { get; set; }
}

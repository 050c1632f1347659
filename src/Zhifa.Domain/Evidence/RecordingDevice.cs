namespace Zhifa.Domain.Evidence;

/// <summary>
/// A recording device (执法记录仪) on the agency's device ledger: assigned to an officer, checked out for a
/// task and returned. The history of each change is in the full-process record.
/// </summary>
public sealed class RecordingDevice
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>The agency's asset number, unique within the deployment.</summary>
    public string Code { get; set; } = "";

    public string Model { get; set; } = "";

    public DeviceStatus Status { get; set; }

    /// <summary>The officer (personnel-list id) who keeps the device.</summary>
    public Guid? AssignedOfficerId { get; set; }

    /// <summary>The officer who has it out now.</summary>
    public Guid? HolderOfficerId { get; set; }

    public DateTimeOffset? CheckedOutAt { get; set; }

    public int CheckOutCount { get; set; }

    /// <summary>Total time checked out, in seconds, over all returned check-outs.</summary>
    public long SecondsOut { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    public int Version { get; set; }
}

/// <summary>Whether a device can be checked out.</summary>
public enum DeviceStatus
{
    Available,
    CheckedOut,
    Retired,
}

using Microsoft.EntityFrameworkCore;
using Zhifa.Domain.Cases;
using Zhifa.Domain.Common;
using Zhifa.Domain.Evidence;
using Zhifa.Domain.Organisations;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.Evidence;

/// <summary>
/// The recording device ledger (使用台账): register, assign to an officer, check out, return, retire, and the
/// usage figures. Each change is saved with its record entry in one transaction.
/// </summary>
public sealed class DeviceService(ZhifaDbContext db, RecordWriter record, TimeProvider clock)
{
    public async Task<IReadOnlyList<RecordingDevice>> ListAsync(OrganisationScope scope, CancellationToken ct)
    {
        var visible = scope.VisibleOrganisationIds.ToList();
        return await db.RecordingDevices.AsNoTracking().Where(d => visible.Contains(d.OrganisationId)).OrderBy(d => d.Code).ToListAsync(ct);
    }

    public async Task<Result<RecordingDevice>> RegisterAsync(string code, string model, Guid organisationId, CaseActor actor, CancellationToken ct)
    {
        code = code.Trim();
        if (code.Length is 0 or > 40)
        {
            return Error.Invalid("device.code_invalid", "A device code is 1 to 40 characters, such as the asset number.");
        }

        if (await db.RecordingDevices.AnyAsync(d => d.Code == code, ct))
        {
            return Error.Conflict("device.code_taken", $"A device with the code {code} is already registered.");
        }

        var device = new RecordingDevice
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Code = code,
            Model = model.Trim() is { Length: <= 100 } m ? m : model.Trim()[..100],
            Status = DeviceStatus.Available,
            RegisteredAt = clock.GetUtcNow(),
        };
        db.RecordingDevices.Add(device);
        await record.SaveAsync([EvidenceRecord.ForDevice("registered", device, actor.UserId, actor.Certificate)], ct);
        db.ChangeTracker.Clear();
        return device;
    }

    public Task<Result<RecordingDevice>> AssignAsync(Guid id, Guid officerId, CaseActor actor, OrganisationScope scope, CancellationToken ct) =>
        ChangeAsync(id, scope, actor, "assigned", async d =>
        {
            var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId, ct);
            if (officer is null || !scope.CanSee(officer.OrganisationId))
            {
                return Error.NotFound("device.officer_not_found", $"No officer {officerId} is on your personnel list.");
            }

            d.AssignedOfficerId = officerId;
            return null;
        }, ct);

    public Task<Result<RecordingDevice>> CheckOutAsync(Guid id, Guid officerId, CaseActor actor, OrganisationScope scope, CancellationToken ct) =>
        ChangeAsync(id, scope, actor, "checked_out", async d =>
        {
            if (d.Status != DeviceStatus.Available)
            {
                return Error.Conflict("device.not_available", $"The device {d.Code} is {d.Status}; return it before checking it out again.");
            }

            var officer = await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == officerId, ct);
            if (officer is null || !scope.CanSee(officer.OrganisationId))
            {
                return Error.NotFound("device.officer_not_found", $"No officer {officerId} is on your personnel list.");
            }

            d.Status = DeviceStatus.CheckedOut;
            d.HolderOfficerId = officerId;
            d.CheckedOutAt = clock.GetUtcNow();
            d.CheckOutCount++;
            return null;
        }, ct);

    public Task<Result<RecordingDevice>> ReturnAsync(Guid id, CaseActor actor, OrganisationScope scope, CancellationToken ct) =>
        ChangeAsync(id, scope, actor, "returned", d =>
        {
            if (d.Status != DeviceStatus.CheckedOut)
            {
                return Task.FromResult<Error?>(Error.Conflict("device.not_out", $"The device {d.Code} is not checked out."));
            }

            d.SecondsOut += (long)(clock.GetUtcNow() - d.CheckedOutAt!.Value).TotalSeconds;
            d.Status = DeviceStatus.Available;
            d.HolderOfficerId = null;
            d.CheckedOutAt = null;
            return Task.FromResult<Error?>(null);
        }, ct);

    public Task<Result<RecordingDevice>> RetireAsync(Guid id, CaseActor actor, OrganisationScope scope, CancellationToken ct) =>
        ChangeAsync(id, scope, actor, "retired", d =>
        {
            if (d.Status == DeviceStatus.CheckedOut)
            {
                return Task.FromResult<Error?>(Error.Conflict("device.out", $"The device {d.Code} is checked out; return it first."));
            }

            d.Status = DeviceStatus.Retired;
            return Task.FromResult<Error?>(null);
        }, ct);

    /// <summary>Per device: check-outs, hours out, recordings made and recordings uploaded late.</summary>
    public async Task<IReadOnlyList<DeviceUsage>> UsageAsync(OrganisationScope scope, CancellationToken ct)
    {
        var devices = await ListAsync(scope, ct);
        var ids = devices.Select(d => d.Id).ToList();
        var recordings = await db.EvidenceItems.AsNoTracking()
            .Where(e => e.DeviceId != null && ids.Contains(e.DeviceId.Value))
            .Select(e => new { e.DeviceId, e.UploadedLate })
            .ToListAsync(ct);
        return devices.Select(d => new DeviceUsage(
            d.Id,
            d.Code,
            d.Status,
            d.CheckOutCount,
            Math.Round(d.SecondsOut / 3600.0, 2),
            recordings.Count(r => r.DeviceId == d.Id),
            recordings.Count(r => r.DeviceId == d.Id && r.UploadedLate))).ToList();
    }

    private async Task<Result<RecordingDevice>> ChangeAsync(
        Guid id, OrganisationScope scope, CaseActor actor, string action, Func<RecordingDevice, Task<Error?>> change, CancellationToken ct)
    {
        var device = await db.RecordingDevices.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (device is null || !scope.CanSee(device.OrganisationId))
        {
            return Error.NotFound("device.not_found", $"No device {id} is on your ledger.");
        }

        if (await change(device) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        device.Version++;
        try
        {
            await record.SaveAsync([EvidenceRecord.ForDevice(action, device, actor.UserId, actor.Certificate)], ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("device.stale", "The device changed meanwhile; reload and try again.");
        }

        db.ChangeTracker.Clear();
        return device;
    }
}

/// <summary>Usage figures of one device.</summary>
public sealed record DeviceUsage(
    Guid DeviceId, string Code, DeviceStatus Status, int CheckOuts, double HoursOut, int Recordings, int LateUploads);

using Zhifa.Domain.Access;
using Zhifa.Domain.Common;
using Zhifa.Domain.Evidence;
using Zhifa.Infrastructure.Evidence;
using Zhifa.Web.Access;
using Zhifa.Web.Cases;

namespace Zhifa.Web.Evidence;

/// <summary>
/// /api/cases/{id}/evidence: the evidence of a case, and its files with range requests, so a browser can seek
/// in a video. Every view and download is an entry in the record. /api/devices: the recording device ledger.
/// </summary>
internal static class EvidenceApi
{
    private static readonly string[] LedgerKeepers = [Roles.DepartmentHead, Roles.AgencyLeader, Roles.SystemAdministrator];

    public static void MapEvidenceApi(this IEndpointRouteBuilder endpoints)
    {
        var evidence = endpoints.MapGroup("/api/cases/{id:guid}/evidence").RequireAuthorization().WithTags("Evidence");
        evidence.MapGet("/", ListAsync).WithSummary("The case's evidence items with their metadata and warnings.");
        evidence.MapGet("/{evidenceId:guid}/content", ContentAsync)
            .WithSummary("The file, with range requests; download=true asks for an attachment. Each request is recorded.");

        var devices = endpoints.MapGroup("/api/devices").RequireAuthorization().WithTags("Evidence");
        devices.MapGet("/", DevicesAsync).WithSummary("The recording devices of your offices.");
        devices.MapGet("/usage", UsageAsync).WithSummary("Per device: check-outs, hours out, recordings and late uploads.");
        devices.MapPost("/", RegisterAsync).WithSummary("Registers a device: {\"code\", \"model\"}.");
        devices.MapPost("/{deviceId:guid}/assign", AssignAsync).WithSummary("Assigns the device to an officer: {\"officerId\"}.");
        devices.MapPost("/{deviceId:guid}/check-out", CheckOutAsync).WithSummary("Checks the device out to an officer (yourself when officerId is omitted).");
        devices.MapPost("/{deviceId:guid}/return", ReturnAsync).WithSummary("Returns a checked-out device.");
        devices.MapPost("/{deviceId:guid}/retire", RetireAsync).WithSummary("Takes a device out of service.");
    }

    internal sealed record NewDevice(string? Code, string? Model);

    internal sealed record OfficerBody(Guid? OfficerId);

    private static async Task<IResult> ListAsync(Guid id, EvidenceService evidence, CurrentActor current, CancellationToken ct)
    {
        var items = await evidence.ListAsync(id, (await current.GetAsync(ct)).Scope, ct);
        return items is null
            ? CaseProblems.From([Error.NotFound("case.not_found", $"No case {id} is visible to you.")])
            : Results.Ok(items.Select(Json));
    }

    private static async Task<IResult> ContentAsync(
        Guid id, Guid evidenceId, bool? download, HttpContext context, EvidenceService evidence, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var range = context.Request.Headers.Range.ToString();
        var opened = await evidence.OpenAsync(
            id, evidenceId, download == true, range.Length == 0 ? null : range, await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct);
        if (opened is not { } found)
        {
            return CaseProblems.From([Error.NotFound("evidence.not_found", $"No evidence {evidenceId} is on this case.")]);
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Stream(
            found.Content,
            found.Item.ContentType,
            download == true ? found.Item.FileName : null,
            enableRangeProcessing: true);
    }

    public static object Json(EvidenceItem e) => new
    {
        e.Id,
        e.CaseId,
        step = e.StepCode,
        e.FileName,
        e.ContentType,
        e.Sha256,
        e.Length,
        e.UploadedByName,
        e.UploadedAt,
        e.CapturedAt,
        e.DurationSeconds,
        e.Codecs,
        e.DeviceId,
        e.DeviceModel,
        e.Latitude,
        e.Longitude,
        e.UploadedLate,
        notes = e.MetadataNotes.Length == 0 ? [] : e.MetadataNotes.Split('\n'),
    };

    private static async Task<IResult> DevicesAsync(DeviceService devices, CurrentActor current, CancellationToken ct) =>
        Results.Ok(await devices.ListAsync((await current.GetAsync(ct)).Scope, ct));

    private static async Task<IResult> UsageAsync(DeviceService devices, CurrentActor current, CancellationToken ct) =>
        Results.Ok(await devices.UsageAsync((await current.GetAsync(ct)).Scope, ct));

    private static async Task<IResult> RegisterAsync(NewDevice body, DeviceService devices, CaseActors actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        if (!actor.Roles.Overlaps(LedgerKeepers))
        {
            return CaseProblems.From([Error.Forbidden("device.forbidden", "Only a department head, leader or system administrator keeps the device ledger.")]);
        }

        var result = await devices.RegisterAsync(body.Code ?? "", body.Model ?? "", actors.OrganisationId, actor, ct);
        return result.IsSuccess ? Results.Created($"/api/devices/{result.Value.Id}", result.Value) : CaseProblems.From(result.Errors);
    }

    private static async Task<IResult> AssignAsync(Guid deviceId, OfficerBody body, DeviceService devices, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        if (!actor.Roles.Overlaps(LedgerKeepers))
        {
            return CaseProblems.From([Error.Forbidden("device.forbidden", "Only a department head, leader or system administrator assigns devices.")]);
        }

        if (body.OfficerId is not { } officer)
        {
            return CaseProblems.From([Error.Invalid("device.officer_missing", "'officerId' is required.")]);
        }

        return Reply(await devices.AssignAsync(deviceId, officer, actor, (await current.GetAsync(ct)).Scope, ct));
    }

    private static async Task<IResult> CheckOutAsync(Guid deviceId, OfficerBody? body, DeviceService devices, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        if ((body?.OfficerId ?? actor.OfficerId) is not { } officer)
        {
            return CaseProblems.From([Error.Invalid("device.officer_missing", "You have no certificate on the personnel list; name the officer: 'officerId'.")]);
        }

        return Reply(await devices.CheckOutAsync(deviceId, officer, actor, (await current.GetAsync(ct)).Scope, ct));
    }

    private static async Task<IResult> ReturnAsync(Guid deviceId, DeviceService devices, CurrentActor current, CaseActors actors, CancellationToken ct) =>
        Reply(await devices.ReturnAsync(deviceId, await actors.GetAsync(ct), (await current.GetAsync(ct)).Scope, ct));

    private static async Task<IResult> RetireAsync(Guid deviceId, DeviceService devices, CurrentActor current, CaseActors actors, CancellationToken ct)
    {
        var actor = await actors.GetAsync(ct);
        if (!actor.Roles.Overlaps(LedgerKeepers))
        {
            return CaseProblems.From([Error.Forbidden("device.forbidden", "Only a department head, leader or system administrator retires devices.")]);
        }

        return Reply(await devices.RetireAsync(deviceId, actor, (await current.GetAsync(ct)).Scope, ct));
    }

    private static IResult Reply(Result<RecordingDevice> result) =>
        result.IsSuccess ? Results.Ok(result.Value) : CaseProblems.From(result.Errors);
}

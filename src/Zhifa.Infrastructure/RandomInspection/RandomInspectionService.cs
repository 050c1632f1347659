using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Zhifa.Domain.Access;
using Zhifa.Domain.Common;
using Zhifa.Domain.Lists;
using Zhifa.Domain.Organisations;
using Zhifa.Domain.RandomInspection;
using Zhifa.Domain.Record;
using Zhifa.Domain.Time;
using Zhifa.Infrastructure.Lists;
using Zhifa.Infrastructure.Persistence;
using Zhifa.Infrastructure.Record;

namespace Zhifa.Infrastructure.RandomInspection;

/// <summary>
/// Inspection plans and their draws, scoped to the organisations the actor may see: a plan outside the
/// scope is reported as not found. Every change is saved with its full-process record entries.
/// </summary>
public sealed class RandomInspectionService(
    ZhifaDbContext db,
    RecordWriter record,
    TimeProvider clock,
    ILogger<RandomInspectionService> logger)
{
    public async Task<IReadOnlyList<InspectionPlan>> PlansAsync(Actor actor, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return await db.InspectionPlans.AsNoTracking()
            .Where(p => visible.Contains(p.OrganisationId))
            .OrderByDescending(p => p.CreatedAt)
            .ToListAsync(ct);
    }

    public async Task<InspectionPlan?> FindAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return await db.InspectionPlans.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id && visible.Contains(p.OrganisationId), ct);
    }

    /// <summary>Returns the plans the portal shows: committed or drawn, of any office.</summary>
    public async Task<IReadOnlyList<InspectionPlan>> PublishedAsync(CancellationToken ct) =>
        await db.InspectionPlans.AsNoTracking()
            .Where(p => p.Status != PlanStatus.Draft)
            .OrderByDescending(p => p.CommittedAt)
            .ToListAsync(ct);

    public async Task<InspectionPlan?> FindPublishedAsync(Guid id, CancellationToken ct) =>
        await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status != PlanStatus.Draft, ct);

    /// <summary>Creates a draft plan for a matter of the random-inspection matters list the actor may see.</summary>
    public async Task<PlanWriteResult> CreatePlanAsync(Actor actor, PlanDraft draft, CancellationToken ct)
    {
        if (!Roles.RunsInspectionDraws(actor.Roles))
        {
            return PlanWriteResult.Refused(DrawErrors.RoleRequired());
        }

        var problems = draft.Validate();
        if (problems.Count > 0)
        {
            return PlanWriteResult.Invalid(problems);
        }

        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        var code = draft.MatterCode!.Trim();
        var matter = await db.RandomInspectionMatters.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Code == code && visible.Contains(m.OrganisationId), ct);
        if (matter is null)
        {
            return PlanWriteResult.Refused(DrawErrors.MatterNotListed(code));
        }

        var plan = draft.ToPlan(matter, actor.Scope.HomeOfficeId, actor.Name, clock.GetUtcNow());
        db.InspectionPlans.Add(plan);
        await record.SaveAsync([Action(actor, plan, "draw.plan_created", PlanPayload(plan))], ct);
        return PlanWriteResult.Saved(plan);
    }

    /// <summary>
    /// Fixes and publishes the plan's inputs as they stand today: candidates, qualified inspectors and
    /// recusals, with their digest. A plan committed on an earlier day that was not drawn may be committed
    /// again, because certificates are checked on the draw day.
    /// </summary>
    public async Task<Result<InspectionPlan>> CommitAsync(Actor actor, Guid id, CancellationToken ct)
    {
        if (!Roles.RunsInspectionDraws(actor.Roles))
        {
            return DrawErrors.RoleRequired();
        }

        var plan = await TrackedAsync(actor, id, ct);
        if (plan is null)
        {
            return DrawErrors.PlanNotFound(id);
        }

        var today = AgencyTime.Today(clock);
        if (plan.Status == PlanStatus.Drawn)
        {
            return DrawErrors.AlreadyDrawn(id);
        }

        if (plan.Status == PlanStatus.Committed && plan.DrawDay == today)
        {
            return DrawErrors.AlreadyCommitted(id);
        }

        var prepared = await PrepareAsync(plan, today, ct);
        if (!prepared.IsSuccess)
        {
            return Result<InspectionPlan>.Failure(prepared.Errors);
        }

        var inputs = prepared.Value;
        plan.Inputs = Encoding.UTF8.GetString(CanonicalJson.Encode(inputs.ToCanonical()));
        plan.Commitment = inputs.Digest();
        plan.DrawDay = today;
        plan.CommittedAt = clock.GetUtcNow();
        plan.Status = PlanStatus.Committed;
        await record.SaveAsync(
            [
                Action(actor, plan, "draw.committed", new
                {
                    plan = plan.Id,
                    algorithm = DrawAlgorithm.Version,
                    commitment = plan.Commitment,
                    drawDay = today,
                    candidates = inputs.Candidates.Count,
                    inspectors = inputs.Inspectors.Count,
                    recusals = inputs.Recusals.Count,
                    inputs = plan.Inputs,
                }),
            ],
            ct);
        DrawLog.Committed(logger, plan.Id, plan.Commitment);
        return plan;
    }

    /// <summary>
    /// Draws a committed plan with the witness value and creates one pending inspection task per drawn
    /// target. Refuses a plan not committed today, one already drawn and a witness value that is empty.
    /// </summary>
    public async Task<Result<InspectionPlan>> DrawAsync(Actor actor, Guid id, string witness, CancellationToken ct)
    {
        if (!Roles.RunsInspectionDraws(actor.Roles))
        {
            return DrawErrors.RoleRequired();
        }

        var plan = await TrackedAsync(actor, id, ct);
        if (plan is null)
        {
            return DrawErrors.PlanNotFound(id);
        }

        var refusal = plan.Status switch
        {
            PlanStatus.Draft => DrawErrors.NotCommitted(id),
            PlanStatus.Drawn => DrawErrors.AlreadyDrawn(id),
            _ when plan.DrawDay != AgencyTime.Today(clock) => DrawErrors.CommitmentStale(id, plan.DrawDay!.Value),
            _ => null,
        };
        if (refusal is not null)
        {
            return refusal;
        }

        var inputs = DrawVerifier.ParseInputs(plan.Inputs!);
        var seed = DrawAlgorithm.Seed(plan.Commitment!, witness);
        var outcome = DrawAlgorithm.Run(inputs, seed);
        if (!outcome.IsSuccess)
        {
            return Result<InspectionPlan>.Failure(outcome.Errors);
        }

        var now = clock.GetUtcNow();
        plan.Witness = witness;
        plan.Seed = Convert.ToHexStringLower(seed);
        plan.Result = DrawFile.ResultText(outcome.Value);
        plan.DrawnAt = now;
        plan.DrawnBy = actor.Name;
        plan.Status = PlanStatus.Drawn;
        var tasks = outcome.Value.Targets.Select((t, i) => new DrawnInspection
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            MatterId = plan.MatterId,
            OrganisationId = plan.OrganisationId,
            TargetId = t.TargetId,
            InspectorIds = string.Join(',', t.InspectorIds.Select(DrawAlgorithm.IdText)),
            Position = i + 1,
            Status = InspectionTaskStatus.Pending,
            CreatedAt = now,
        }).ToList();
        db.DrawnInspections.AddRange(tasks);

        var actions = new List<RecordAction>
        {
            Action(actor, plan, "draw.drawn", new
            {
                plan = plan.Id,
                algorithm = DrawAlgorithm.Version,
                commitment = plan.Commitment,
                witness,
                seed = plan.Seed,
                result = plan.Result,
            }),
        };
        actions.AddRange(tasks.Select(t => new RecordAction(
            ActorId(actor), actor.CertificateNumber, t.OrganisationId, "inspection_task.created", $"inspection-task/{t.Id}",
            new { task = t.Id, plan = t.PlanId, matter = t.MatterId, target = t.TargetId, inspectors = t.Inspectors(), position = t.Position })));

        try
        {
            await record.SaveAsync(actions, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            DrawLog.DrawRace(logger, plan.Id);
            return DrawErrors.AlreadyDrawn(id);
        }

        DrawLog.Drawn(logger, plan.Id, outcome.Value.Targets.Count, tasks.Count);
        return plan;
    }

    /// <summary>Records an officer's declared conflict with an entity or an organisation, by code.</summary>
    public async Task<Result<ConflictDeclaration>> DeclareConflictAsync(
        Actor actor, Guid officerId, string entityCode, RecusalReason reason, string note, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        var officer = await db.Officers.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == officerId && visible.Contains(o.OrganisationId), ct);
        if (officer is null)
        {
            return DrawErrors.OfficerNotFound(officerId);
        }

        var conflict = new ConflictDeclaration
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = officer.OrganisationId,
            OfficerId = officer.Id,
            EntityCode = entityCode,
            Reason = reason,
            Note = note,
            DeclaredAt = clock.GetUtcNow(),
            DeclaredBy = actor.Name,
        };
        db.ConflictDeclarations.Add(conflict);
        await record.SaveAsync(
            [
                new RecordAction(ActorId(actor), actor.CertificateNumber, conflict.OrganisationId, "draw.conflict_declared",
                    $"conflict/{conflict.Id}",
                    new { conflict = conflict.Id, officer = officer.Id, entityCode, reason = DrawAlgorithm.ReasonText(reason), note }),
            ],
            ct);
        return conflict;
    }

    public async Task<IReadOnlyList<ConflictDeclaration>> ConflictsAsync(Actor actor, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return await db.ConflictDeclarations.AsNoTracking()
            .Where(c => visible.Contains(c.OrganisationId))
            .OrderBy(c => c.DeclaredAt)
            .ToListAsync(ct);
    }

    /// <summary>Returns the inspection tasks of a plan, in draw order.</summary>
    public async Task<IReadOnlyList<DrawnInspection>> TasksAsync(Guid planId, CancellationToken ct) =>
        await db.DrawnInspections.AsNoTracking()
            .Where(t => t.PlanId == planId)
            .OrderBy(t => t.Position)
            .ToListAsync(ct);

    /// <summary>Returns an entity's inspection history: the tasks drawn for it, newest first.</summary>
    public async Task<IReadOnlyList<DrawnInspection>> HistoryAsync(Actor actor, Guid entityId, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return await db.DrawnInspections.AsNoTracking()
            .Where(t => t.TargetId == entityId && visible.Contains(t.OrganisationId))
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(ct);
    }

    /// <summary>
    /// Returns the published draw file of a drawn plan. Its labels name the plan, the drawn targets and the
    /// drawn inspectors, whose names and certificate numbers are published by law. Other candidates appear
    /// by identifier only.
    /// </summary>
    public async Task<string> DrawFileAsync(InspectionPlan plan, CancellationToken ct)
    {
        if (plan.Status != PlanStatus.Drawn)
        {
            throw new InvalidOperationException($"Inspection plan {plan.Id} has not been drawn; only a drawn plan has a draw file.");
        }

        var inputs = DrawVerifier.ParseInputs(plan.Inputs!);
        var tasks = await TasksAsync(plan.Id, ct);
        var targetIds = tasks.Select(t => t.TargetId).ToList();
        var inspectorIds = tasks.SelectMany(t => t.Inspectors()).Distinct().ToList();
        var targets = await db.RegulatedEntities.AsNoTracking().Where(e => targetIds.Contains(e.Id)).ToListAsync(ct);
        var inspectors = await db.Officers.AsNoTracking().Where(o => inspectorIds.Contains(o.Id)).ToListAsync(ct);
        var office = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == plan.OrganisationId, ct);
        var outcome = new DrawOutcome(tasks.Select(t => new DrawnTarget(t.TargetId, t.Inspectors())).ToList());
        var labels = new Dictionary<string, object?>
        {
            ["organisation"] = office.Name,
            ["plan"] = plan.Name,
            ["matter"] = plan.MatterCode,
            ["region"] = plan.Region,
            ["drawnAt"] = plan.DrawnAt,
            ["targets"] = targets.ToDictionary(
                e => DrawAlgorithm.IdText(e.Id), e => new { e.Code, e.Name, Kind = EnumLabels.Zh(e.Kind) }),
            ["inspectors"] = inspectors.ToDictionary(
                o => DrawAlgorithm.IdText(o.Id), o => new { o.Name, o.CertificateNumber }),
        };
        return DrawFile.Write(inputs, plan.Witness!, outcome, labels);
    }

    private async Task<InspectionPlan?> TrackedAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var visible = actor.Scope.VisibleOrganisationIds.ToList();
        return await db.InspectionPlans.AsTracking()
            .FirstOrDefaultAsync(p => p.Id == id && visible.Contains(p.OrganisationId), ct);
    }

    private async Task<Result<DrawInputs>> PrepareAsync(InspectionPlan plan, DateOnly today, CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var office = organisations.Single(o => o.Id == plan.OrganisationId);

        // The plan's office with its departments and centres, without the offices below it: a city plan
        // draws from the city's own directory and officers, a county plan from the county's.
        var ownUnits = OrganisationScope.For(plan.OrganisationId, seesSubordinateOffices: false, organisations)
            .VisibleOrganisationIds
            .ToList();

        var directory = await db.RegulatedEntities.AsNoTracking().Where(e => ownUnits.Contains(e.OrganisationId)).ToListAsync(ct);
        var officers = await db.Officers.AsNoTracking().Where(o => ownUnits.Contains(o.OrganisationId)).ToListAsync(ct);
        var officerIds = officers.Select(o => o.Id).ToList();
        var conflicts = await db.ConflictDeclarations.AsNoTracking().Where(c => officerIds.Contains(c.OfficerId)).ToListAsync(ct);

        return DrawPreparation.Prepare(
            plan,
            today,
            directory,
            officers,
            CoveringAreas(plan.Region, office, organisations),
            conflicts,
            await PreviousPairsAsync(plan, ct));
    }

    /// <summary>Certificate areas that cover the plan's region: the region and the areas of the office and the offices above it.</summary>
    private static List<string> CoveringAreas(
        string region, Organisation office, List<Organisation> organisations)
    {
        var areas = new List<string> { region };
        for (Organisation? node = office; node is not null; node = organisations.FirstOrDefault(o => o.Id == node.ParentId))
        {
            if (node.Area is { Length: > 0 } area)
            {
                areas.Add(area);
            }
        }

        return areas;
    }

    private async Task<List<(Guid InspectorId, Guid TargetId)>> PreviousPairsAsync(InspectionPlan plan, CancellationToken ct)
    {
        var previous = await db.InspectionPlans.AsNoTracking()
            .Where(p => p.MatterId == plan.MatterId && p.OrganisationId == plan.OrganisationId
                && p.Status == PlanStatus.Drawn && p.Id != plan.Id)
            .OrderByDescending(p => p.DrawnAt)
            .Select(p => p.Id)
            .FirstOrDefaultAsync(ct);
        if (previous == Guid.Empty)
        {
            return [];
        }

        var tasks = await TasksAsync(previous, ct);
        return tasks.SelectMany(t => t.Inspectors().Select(i => (i, t.TargetId))).ToList();
    }

    private static string ActorId(Actor actor) => actor.UserId?.ToString() ?? actor.Name;

    private static RecordAction Action(Actor actor, InspectionPlan plan, string action, object payload) =>
        new(ActorId(actor), actor.CertificateNumber, plan.OrganisationId, action, $"inspection-plan/{plan.Id}", payload);

    private static object PlanPayload(InspectionPlan plan) => new
    {
        plan = plan.Id,
        matter = plan.MatterCode,
        plan.Name,
        plan.TargetKinds,
        plan.Region,
        plan.Category,
        plan.Ratio,
        plan.TargetCount,
        plan.InspectorsPerTarget,
        plan.WeightedByRisk,
        plan.PeriodStart,
        plan.PeriodEnd,
        plan.Frequency,
    };
}

/// <summary>The outcome of creating a plan: the plan, or field problems, or the error that refused it.</summary>
public sealed record PlanWriteResult(InspectionPlan? Plan, IReadOnlyList<FieldError> FieldErrors, Error? Error)
{
    public static PlanWriteResult Saved(InspectionPlan plan) => new(plan, [], null);

    public static PlanWriteResult Invalid(IReadOnlyList<FieldError> errors) => new(null, errors, null);

    public static PlanWriteResult Refused(Error error) => new(null, [], error);
}
